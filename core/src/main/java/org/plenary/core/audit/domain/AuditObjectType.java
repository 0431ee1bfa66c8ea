package org.plenary.core.audit.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of object an audit entry is about, by the code stored with each entry. Like the codes
 * of {@link AuditAction}, these are machine identifiers kept as they are; the pages show words
 * ({@code audit.objectType.<code>} in the interface's bundles), or the code itself for a type of an
 * older build.
 */
public enum AuditObjectType {
  ACCOUNT("account"),
  ACCOUNT_REQUEST("account-request"),
  PERSON("person"),
  GROUP("group"),
  DRAFT("draft"),
  MEETING("meeting"),
  SESSION("session"),
  DELEGATION("delegation"),
  REGISTRATION("registration"),
  FEEDBACK_FORM("feedback-form"),
  MINUTES("minutes"),
  MINUTES_CORRECTION("minutes-correction"),
  ACTION("action"),
  CONSULTATION("consultation"),
  CONSULTATION_COMMENT("consultation-comment"),
  COORDINATION_ROUND("coordination-round");

  private static final Map<String, AuditObjectType> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toMap(AuditObjectType::code, Function.identity()));

  private final String code;

  AuditObjectType(String code) {
    this.code = code;
  }

  /** The code stored with the entry and shown by the API and the export. */
  public String code() {
    return code;
  }

  /** The type with this code; empty for a code of an older build (or none). */
  public static Optional<AuditObjectType> fromCode(String code) {
    return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
  }
}
