package org.plenary.core.shared;

import java.util.Locale;

/**
 * What people type into a filter, as a pattern for a case-insensitive JPQL {@code like} with {@code
 * escape '\'}: their text is matched as written, so "50%" or "e_gov" find themselves rather than
 * anything ({@code %} and {@code _} are escaped, not dropped). Compare it with {@code lower(...)}.
 * Backslash is also the default escape of {@code like} in PostgreSQL and H2: a query that compares
 * a boolean as well names no escape clause, for with one EclipseLink writes the values into the SQL
 * it sends H2, where the boolean reads 1 and H2 refuses the comparison (the participant list).
 */
public final class Like {
  /** The escape character to name in the query: {@code like :p escape '\'}. */
  public static final char ESCAPE = '\\';

  private Like() {}

  /** The text, stripped and lower-cased, with the pattern's own characters escaped. */
  public static String escaped(String text) {
    return text.strip()
        .toLowerCase(Locale.ROOT)
        .replace("\\", "\\\\")
        .replace("%", "\\%")
        .replace("_", "\\_");
  }

  /** A pattern for values that contain the text anywhere. */
  public static String contains(String text) {
    return "%" + escaped(text) + "%";
  }

  /** A pattern for values that start with the text. */
  public static String startsWith(String text) {
    return escaped(text) + "%";
  }
}
