package org.plenary.web.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.OwnDatabase;
import org.plenary.web.it.PlenaryProcess;

/**
 * {@code plenary.jar} on a PostgreSQL database of its own, started as README's production command
 * starts it (no {@code PLENARY_DEMO_DATA}), loads no demo story: the demo accounts, whose password
 * README publishes, do not exist there, no invented delegate either, and the launcher lists no demo
 * account when it is ready. Asked for ({@code PLENARY_DEMO_DATA=true}), as every other integration
 * test on PostgreSQL asks, the demo loads; on the embedded H2 database it loads unasked (the H2
 * run's tests and README's start command rely on that).
 */
class DemoDataOnPostgresIT {

  @Test
  void aDatabaseOfOnesOwnGetsNoDemoAccountsUnlessAskedFor() throws Exception {
    String url = OwnDatabase.create("owndb");
    Path data = Path.of(System.getProperty("plenary.it.dataDir")).resolveSibling("owndb-data");
    PlenaryProcess plenary =
        PlenaryProcess.start(
            "own-database",
            Map.of(
                "PLENARY_DB_URL",
                url,
                "PLENARY_DATA_DIR",
                data.toString(),
                "PLENARY_DEMO_DATA",
                ""));
    try {
      assertThat(Api.asDemo(plenary.url(), "secretariat").get("api/audit").statusCode())
          .as("the demo secretariat with its published password")
          .isEqualTo(401);
      assertThat(Api.anonymous(plenary.url()).get("api/meetings").body())
          .doesNotContain("e-leaders-2019");
      try (Connection db = OwnDatabase.connect(url)) {
        assertThat(count(db, "select count(*) from account")).isZero();
        assertThat(count(db, "select count(*) from person")).isZero();
        assertThat(count(db, "select count(*) from meeting")).isZero();
      }
      assertThat(Files.readString(plenary.log(), StandardCharsets.UTF_8))
          .contains("Demo data not loaded: not the embedded H2 database")
          .contains("Plenary is ready at")
          .doesNotContain("Demo accounts")
          .doesNotContain("plenary-demo");
    } finally {
      plenary.stop();
    }
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
