package org.plenary.web.i18n;

import jakarta.faces.model.SelectItem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;

/**
 * The audit log's codes in words of one language ({@code audit.action.<code>} and {@code
 * audit.objectType.<code>} in the interface's bundle). The log may hold codes of older builds that
 * no constant has any more: those are shown as they are, never as an error.
 */
public final class AuditWords {
  static final String ACTION = "audit.action.";
  static final String OBJECT_TYPE = "audit.objectType.";

  private final Texts texts;

  private AuditWords(Locale language) {
    this.texts = Texts.of(language);
  }

  public static AuditWords of(Locale language) {
    return new AuditWords(language);
  }

  /** The words for an action's code, or the code itself when no action has it. */
  public String action(String code) {
    return words(ACTION, AuditAction.fromCode(code).map(AuditAction::code), code);
  }

  /** The words for an object type's code, or the code itself when no type has it. */
  public String objectType(String code) {
    return words(OBJECT_TYPE, AuditObjectType.fromCode(code).map(AuditObjectType::code), code);
  }

  /** Every action as a choice (its code) by its words, in the language's alphabetical order. */
  public List<SelectItem> actions() {
    return choices(Arrays.stream(AuditAction.values()).map(AuditAction::code), this::action);
  }

  /** Every object type as a choice (its code) by its words, in alphabetical order. */
  public List<SelectItem> objectTypes() {
    return choices(
        Arrays.stream(AuditObjectType.values()).map(AuditObjectType::code), this::objectType);
  }

  private String words(String prefix, Optional<String> known, String code) {
    return known.map(c -> texts.text(prefix + c)).orElse(code);
  }

  private List<SelectItem> choices(Stream<String> codes, UnaryOperator<String> words) {
    return codes
        .map(code -> new SelectItem(code, words.apply(code)))
        .sorted(CountryChoices.byLabel(texts.locale()))
        .toList();
  }
}
