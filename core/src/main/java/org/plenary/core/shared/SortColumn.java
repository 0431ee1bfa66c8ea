package org.plenary.core.shared;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;

/**
 * A column a list sorts on in the database, named once as both the pages' tables (their column
 * fields) and the REST API's {@code sort} parameter name it.
 */
public interface SortColumn {
  /** The column's name in the pages and the API, such as {@code closesAt}. */
  String column();

  /** A list's order: the column and whether it ascends. */
  record Order<E>(E column, boolean ascending) implements Serializable {}

  /** The constant of that name, if there is one. */
  static <E extends Enum<E> & SortColumn> Optional<E> named(Class<E> type, String column) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.column().equals(column))
        .findFirst();
  }
}
