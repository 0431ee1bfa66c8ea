package org.plenary.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Databases of their own on the run's PostgreSQL server, for a platform that must start on an empty
 * one (the run's own database has the demo story and every other test's data).
 */
public final class OwnDatabase {
  private OwnDatabase() {}

  /** Creates an empty database of that name on the run's server; its JDBC URL. */
  public static String create(String name) throws SQLException {
    String main = System.getProperty("plenary.it.db.url");
    try (Connection db = connect(main);
        Statement create = db.createStatement()) {
      create.execute("create database " + name);
    }
    return main.substring(0, main.lastIndexOf('/') + 1) + name;
  }

  /** A connection to a database of the run's server, committing each statement. */
  public static Connection connect(String url) throws SQLException {
    Connection connection =
        DriverManager.getConnection(
            url,
            System.getProperty("plenary.it.db.user"),
            System.getProperty("plenary.it.db.password"));
    connection.setAutoCommit(true);
    return connection;
  }
}
