package org.plenary.web.secretariat.meetings;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plenary.agenda.meetings.domain.AgendaChange;
import org.plenary.agenda.meetings.domain.AgendaChange.Kind;
import org.plenary.web.i18n.AgendaMessages;

/**
 * The differences between two versions of an agenda under one heading, as the secretariat announces
 * them: items added, removed, moved, retimed, retitled; roles and key questions; the rest (the
 * meeting's details, days, descriptions, documents, audiences).
 */
public final class ChangeGroup implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The groups in the order the page shows them; each kind not named here goes to "other". */
  private static final List<String> ORDER =
      List.of("ITEM_ADDED", "ITEM_REMOVED", "ITEM_MOVED", "ITEM_RETIMED", "ITEM_RETITLED", "ROLES");

  private static final Set<Kind> ROLES = Set.of(Kind.ROLES_CHANGED, Kind.KEY_QUESTIONS_CHANGED);

  private final String key;
  private final List<ChangeLine> lines = new ArrayList<>();

  private ChangeGroup(String key) {
    this.key = key;
  }

  /** The changes grouped and written in the given language; empty groups are left out. */
  public static List<ChangeGroup> of(List<AgendaChange> changes, Locale locale) {
    Map<String, ChangeGroup> groups = new LinkedHashMap<>();
    ORDER.forEach(key -> groups.put(key, new ChangeGroup(key)));
    groups.put("OTHER", new ChangeGroup("OTHER"));
    for (AgendaChange change : changes) {
      groups.get(groupOf(change.kind())).lines.add(new ChangeLine(change, locale));
    }
    return groups.values().stream().filter(group -> !group.lines.isEmpty()).toList();
  }

  static String groupOf(Kind kind) {
    if (ROLES.contains(kind)) {
      return "ROLES";
    }
    return ORDER.contains(kind.name()) ? kind.name() : "OTHER";
  }

  /** The group's name, for its heading ({@code versions.group.<key>} in the bundles) and ids. */
  public String getKey() {
    return key;
  }

  public List<ChangeLine> getLines() {
    return lines;
  }

  /**
   * One change in words, with the old and new roles or key questions line by line when that is what
   * changed (the message names the item only).
   */
  public static final class ChangeLine implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final List<String> before;
    private final List<String> after;

    ChangeLine(AgendaChange change, Locale locale) {
      this.text = AgendaMessages.of(change, locale);
      boolean detailed = ROLES.contains(change.kind());
      this.before = detailed ? lines(change.before()) : List.of();
      this.after = detailed ? lines(change.after()) : List.of();
    }

    private static List<String> lines(String value) {
      return value == null ? List.of() : List.of(value.split("\n"));
    }

    public String getText() {
      return text;
    }

    public List<String> getBefore() {
      return before;
    }

    public List<String> getAfter() {
      return after;
    }

    public boolean isDetailed() {
      return !before.isEmpty() || !after.isEmpty();
    }
  }
}
