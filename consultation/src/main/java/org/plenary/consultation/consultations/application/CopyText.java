package org.plenary.consultation.consultations.application;

import java.time.OffsetDateTime;

/**
 * Lines of PostgreSQL's COPY text format: columns separated by a tab, {@code \N} for null,
 * backslash, tab, line feed and carriage return escaped with a backslash, booleans as {@code t} or
 * {@code f}, timestamps in ISO 8601 with their offset.
 */
final class CopyText {
  private CopyText() {}

  /** Appends one line: the id, then the values, then a line feed. */
  static void line(StringBuilder out, long id, Object... values) {
    out.append(id);
    for (Object value : values) {
      out.append('\t');
      value(out, value);
    }
    out.append('\n');
  }

  private static void value(StringBuilder out, Object value) {
    if (value == null) {
      out.append("\\N");
    } else if (value instanceof String text) {
      text(out, text);
    } else if (value instanceof Boolean flag) {
      out.append(flag ? 't' : 'f');
    } else if (value instanceof Long || value instanceof Integer) {
      out.append(value);
    } else if (value instanceof OffsetDateTime time) {
      out.append(time);
    } else {
      throw new IllegalArgumentException("no COPY text for " + value.getClass());
    }
  }

  private static void text(StringBuilder out, String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }
}
