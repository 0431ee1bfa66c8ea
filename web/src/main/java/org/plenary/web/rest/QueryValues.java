package org.plenary.web.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.plenary.core.shared.SortColumn;

/**
 * Query parameters read in code (Bean Validation on query parameters breaks Payara's OpenAPI
 * generator): a value that is not one of its kind is a 400 naming the parameter and what it may be.
 */
public final class QueryValues {
  private QueryValues() {}

  /**
   * A yes-or-no parameter: {@code true} or {@code false} (in any case), null when absent; anything
   * else is a 400 naming it, where JAX-RS would read "yes" as false.
   */
  public static Boolean bool(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new InvalidRequest(parameter, "must be true or false");
    };
  }

  /** The constant named (in any case), null for nothing; else a 400 listing the constants. */
  public static <E extends Enum<E>> E constant(Class<E> type, String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest(
          parameter,
          "must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }

  /**
   * The {@code sort} parameter: a column's name, with "-" before it for descending; without one,
   * the given column and direction. Another name is a 400 listing the columns.
   */
  public static <E extends Enum<E> & SortColumn> SortColumn.Order<E> sort(
      Class<E> type, String value, E fallback, boolean fallbackAscending) {
    if (value == null) {
      return new SortColumn.Order<>(fallback, fallbackAscending);
    }
    E column =
        SortColumn.named(type, value.replaceFirst("^[-+]", ""))
            .orElseThrow(
                () ->
                    new InvalidRequest(
                        "sort",
                        "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                .map(SortColumn::column)
                                .collect(Collectors.joining(", "))
                            + " (with - before it for descending)"));
    return new SortColumn.Order<>(column, !value.startsWith("-"));
  }
}
