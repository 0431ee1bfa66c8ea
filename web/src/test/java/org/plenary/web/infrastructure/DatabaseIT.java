package org.plenary.web.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.web.it.Deployments;

/**
 * Runs inside the server, on whichever database the run uses (PostgreSQL and H2): Flyway applied
 * every migration, reference data is there, and the demo data exists exactly once however often the
 * server started on this database.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.plenary().addClass(DatabaseIT.class);
  }

  @Resource(lookup = "java:app/jdbc/plenary")
  DataSource dataSource;

  @Test
  void appliedEveryMigrationSuccessfully() throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select \"version\", \"success\" from \"flyway_schema_history\""
                    + " where \"version\" is not null order by \"installed_rank\"")) {
      while (rs.next()) {
        assertTrue(rs.getBoolean(2), "migration " + rs.getString(1) + " succeeded");
        versions.add(rs.getString(1));
      }
    }
    assertTrue(versions.contains("1.0"), "core migration applied: " + versions);
  }

  @Test
  void holdsEveryIsoCountryWithTheOecdMembers() throws SQLException {
    assertEquals(249, count("select count(*) from country"));
    assertEquals(38, count("select count(*) from country where oecd_member = true"));
  }

  @Test
  void loadsTheDemoAccountsOnlyOnce() throws SQLException {
    assertEquals(1, count("select count(*) from account where username = 'secretariat'"));
    assertEquals(
        1,
        count(
            "select count(*) from audit_entry where action = 'account.opened' and object_id = 'secretariat'"));
  }

  private long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
