package org.plenary.web.errors;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/**
 * Two requests saving the same thing at the same moment, each after reading that it could: the
 * database refuses the second when it writes. Either an entity's version had moved on (JPA's {@link
 * OptimisticLockException}) or the second inserted a row the first had just inserted, such as a
 * delegate's rating of a session sent twice at once (a unique key: SQLSTATE 23505, {@code
 * unique_violation}, on PostgreSQL and H2 alike). Neither is a failure of the server: the caller
 * reads what is there now and tries again.
 */
public final class Collisions {
  static final String UNIQUE_VIOLATION = "23505";

  private Collisions() {}

  /** Whether this failure is a change that met someone else's. */
  public static boolean isCollision(Throwable thrown) {
    return Causes.first(thrown, OptimisticLockException.class).isPresent() || savedTwice(thrown);
  }

  /** Whether the database refused a row as a duplicate of one saved at the same moment. */
  public static boolean savedTwice(Throwable thrown) {
    return Causes.first(thrown, SQLException.class)
        .map(SQLException::getSQLState)
        .filter(UNIQUE_VIOLATION::equals)
        .isPresent();
  }
}
