package org.plenary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC on the integration tests' database (PostgreSQL or H2, as the failsafe execution
 * chose), for what a test checks or prepares below the application: a plan, an index, a row.
 */
public final class TestSql {
  private TestSql() {}

  /** A new connection to the database the test server runs on (autocommit). */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("plenary.it.db.url"),
        System.getProperty("plenary.it.db.user"),
        System.getProperty("plenary.it.db.password"));
  }

  public static boolean postgres(Connection db) throws SQLException {
    return db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
  }

  /** The first column of the query's one row. */
  public static String single(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }

  /** The first column of every row, one line each: an EXPLAIN's plan. */
  public static String lines(Connection db, String sql) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        lines.add(rs.getString(1));
      }
    }
    return String.join("\n", lines);
  }
}
