package org.plenary.consultation.consultations.application;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Lines of PostgreSQL's COPY text format: columns separated by a tab, {@code \N} for null,
 * backslash, tab, line feed and carriage return escaped with a backslash, booleans as {@code t} or
 * {@code f}, timestamps in ISO 8601 with their offset. Not thread-safe: it keeps the last timestamp
 * written as text, as the rows of one upload share it.
 */
final class CopyText {
  private OffsetDateTime lastTime;
  private String lastText;

  /** Appends one line: the id, then the values, then a line feed. */
  void line(StringBuilder out, long id, Object... values) {
    out.append(id);
    for (Object value : values) {
      out.append('\t');
      value(out, value);
    }
    out.append('\n');
  }

  private void value(StringBuilder out, Object value) {
    if (value == null) {
      out.append("\\N");
    } else if (value instanceof String text) {
      text(out, text);
    } else if (value instanceof Boolean flag) {
      out.append(flag ? 't' : 'f');
    } else if (value instanceof Long || value instanceof Integer) {
      out.append(value);
    } else if (value instanceof OffsetDateTime time) {
      if (!time.equals(lastTime)) {
        lastTime = time;
        lastText = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
      }
      out.append(lastText);
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
