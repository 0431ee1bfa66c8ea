package org.plenary.web.it;

import java.sql.SQLException;
import java.time.Duration;

/**
 * Two people saving the same thing at the same moment, on cue: the test changes a row of the run's
 * PostgreSQL (its version moves on), or inserts one, in a transaction it keeps open, so a request
 * that writes the row meanwhile, having read before, waits for the lock; when the test commits, the
 * request finds the row no longer as it read it, or its key taken. PostgreSQL only: H2 gives up
 * waiting for a lock after a second.
 */
public final class HeldRow implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final Seed holder;
  private final String writing;

  private HeldRow(Seed holder, String writing) {
    this.holder = holder;
    this.writing = writing;
  }

  /** Moves the version of this row on, without committing yet. */
  public static HeldRow newVersion(String table, long id) throws SQLException {
    Seed holder = Seed.open();
    if (holder.execute("update " + table + " set version = version + 1 where id = ?", id) != 1) {
      holder.close();
      throw new IllegalArgumentException("no row " + id + " in " + table);
    }
    return new HeldRow(holder, "update " + table + " set ");
  }

  /**
   * Inserts a row, without committing yet: a request inserting the same key meanwhile waits, and
   * finds it taken when the test commits. {@code columns} as SQL names them, one value each.
   */
  public static HeldRow inserted(String table, String columns, Object... values)
      throws SQLException {
    Seed holder = Seed.open();
    try {
      holder.execute(
          "insert into "
              + table
              + " ("
              + columns
              + ") values ("
              + String.join(", ", java.util.Collections.nCopies(values.length, "?"))
              + ")",
          values);
    } catch (SQLException | RuntimeException e) {
      holder.close();
      throw e;
    }
    return new HeldRow(holder, "insert into " + table + " ");
  }

  /** Waits until a request of the server waits to write a row of this table as the test did. */
  public void awaitWriter() throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    try (Seed watcher = Seed.open()) {
      while (watcher.number(
              "select count(*) from pg_stat_activity where datname = current_database()"
                  + " and wait_event_type = 'Lock' and lower(query) like ?",
              writing + "%")
          == 0) {
        // the statistics are read once a transaction: end it to see them anew
        watcher.commit();
        if (System.nanoTime() > deadline) {
          throw new AssertionError("no request came to " + writing + "… within " + WAIT);
        }
        Thread.sleep(50);
      }
    }
  }

  /** Commits the change: the request that waited goes on and meets it. */
  @Override
  public void close() throws SQLException {
    try {
      holder.commit();
    } finally {
      holder.close();
    }
  }
}
