package org.plenary.web.rest.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.consultation.search.application.Search;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;
import org.plenary.web.rest.consultations.ConsultationFixtures;

/**
 * The comments' full-text index: a PostgreSQL-only migration (db/vendor/postgresql) creates a GIN
 * index on exactly the expression the search matches with, and the planner uses it for the search's
 * own query; on H2, whose search is a word match, the vendor migration is not applied.
 */
class SearchIndexIT {
  static final String INDEX = "consultation_comment_text_fts_idx";
  final URL base = TestServer.url();

  @Test
  void thePostgresqlSearchUsesTheCommentsFullTextIndexAndH2HasNone() throws Exception {
    try (Connection db = connect()) {
      if (!db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        assertThat(
                count(
                    db,
                    "select count(*) from \"flyway_schema_history\" where \"version\" = '18.0'"))
            .isZero();
        assertThat(
                count(
                    db,
                    "select count(*) from information_schema.indexes where lower(index_name) = '"
                        + INDEX
                        + "'"))
            .isZero();
        return;
      }
      assertThat(single(db, "select indexdef from pg_indexes where indexname = '" + INDEX + "'"))
          .contains("USING gin")
          .contains("to_tsvector('simple'::regconfig, (comment_text)::text)");

      // The search's own expression, not a copy: the planner can use the index for it.
      try (Statement s = db.createStatement()) {
        s.execute("set enable_seqscan = off");
      }
      assertThat(
              plan(
                  db,
                  "explain select c.id from consultation_comment c where "
                      + Search.COMMENT_VECTOR
                      + " @@ plainto_tsquery('simple', 'glimmerwort')"))
          .contains(INDEX);
      try (Statement s = db.createStatement()) {
        s.execute("reset enable_seqscan");
      }

      // The search through the API, with the planner's own costs, scans the index.
      long id = ConsultationFixtures.draft(base, "it-search-index").openNow("Search index");
      Api delegate = Api.asDemo(base, "delegate");
      for (int i = 0; i < 300; i++) {
        post(delegate, id, "Ordinary remark number " + i + " on interoperability.");
      }
      post(delegate, id, "Only this remark names the glimmerwort registry.");
      try (Statement s = db.createStatement()) {
        s.execute("analyze consultation_comment");
      }
      long before = scans(db);
      HttpResponse<String> found = Api.anonymous(base).get("api/search?q=glimmerwort");
      assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
      assertThat(Api.json(found).asJsonObject().getJsonNumber("total").longValue()).isEqualTo(1);
      // statistics reach pg_stat_user_indexes when the server's backend is idle (within ~10 s)
      Instant until = Instant.now().plus(Duration.ofSeconds(30));
      long after = scans(db);
      while (after <= before && Instant.now().isBefore(until)) {
        Thread.sleep(500);
        after = scans(db);
      }
      assertThat(after).as("index scans of " + INDEX).isGreaterThan(before);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("plenary.it.db.url"),
        System.getProperty("plenary.it.db.user"),
        System.getProperty("plenary.it.db.password"));
  }

  private static long scans(Connection db) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement("select idx_scan from pg_stat_user_indexes where indexrelname = ?")) {
      s.setString(1, INDEX);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long count(Connection db, String sql) throws SQLException {
    return Long.parseLong(single(db, sql));
  }

  private static String single(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }

  private static String plan(Connection db, String sql) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        lines.add(rs.getString(1));
      }
    }
    return String.join("\n", lines);
  }

  private static void post(Api api, long id, String text) {
    HttpResponse<String> posted =
        api.post(
            "api/consultations/" + id + "/comments",
            Json.createObjectBuilder()
                .add("text", text)
                .add("category", "citizen")
                .add("country", "EE")
                .build()
                .toString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
  }
}
