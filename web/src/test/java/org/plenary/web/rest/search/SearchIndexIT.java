package org.plenary.web.rest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.it.TestSql.lines;
import static org.plenary.web.it.TestSql.single;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.consultation.search.application.Search;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestServer;
import org.plenary.web.it.TestSql;
import org.plenary.web.rest.consultations.ConsultationFixtures;

/**
 * The comments' full-text index: PostgreSQL-only migrations (db/vendor/postgresql) store each
 * comment's text vector in a generated column and index it with GIN; the search matches that
 * column, and the planner can use the index for it; on H2, whose search is a word match, the vendor
 * migrations are not applied.
 */
class SearchIndexIT {
  static final String INDEX = "consultation_comment_text_fts_idx";
  final URL base = TestServer.url();

  @Test
  void thePostgresqlSearchUsesTheCommentsFullTextIndexAndH2HasNone() throws Exception {
    try (Connection db = TestSql.connect()) {
      if (!TestSql.postgres(db)) {
        assertThat(
                count(
                    db,
                    "select count(*) from \"flyway_schema_history\" where \"version\" in"
                        + " ('18.0', '21.0')"))
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
          .contains("USING gin (text_vector)");
      // the vector the column stores is the one the search always matched: 'simple', the text
      assertThat(
              single(
                  db,
                  "select generation_expression from information_schema.columns where table_name"
                      + " = 'consultation_comment' and column_name = 'text_vector'"))
          .contains("to_tsvector('simple'::regconfig, (comment_text)::text)");

      // The search's own expression, not a copy: the planner can use the index for it.
      try (Statement s = db.createStatement()) {
        s.execute("set enable_seqscan = off");
      }
      assertThat(
              lines(
                  db,
                  "explain select c.id from consultation_comment c where "
                      + Search.COMMENT_VECTOR
                      + " @@ plainto_tsquery('simple', 'glimmerwort')"))
          .contains(INDEX);
      try (Statement s = db.createStatement()) {
        s.execute("reset enable_seqscan");
      }

      // The vector is stored for a comment the application writes as for one written by SQL, and
      // the search finds through it exactly what it should. (Which plan reads a common word of a
      // million comments fast is the benchmark's to show: at this size a scan costs less.)
      long id = ConsultationFixtures.draft(base, "it-search-index").openNow("Search index");
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        texts.add("Ordinary remark number " + i + " on interoperability.");
      }
      try (Seed seed = Seed.open()) {
        seed.publishedComments(id, 0, texts, "by-sql-" + id);
        seed.commit();
      }
      post(Api.asDemo(base, "delegate"), id, "Only this remark names the glimmerwort registry.");
      assertThat(
              count(
                  db,
                  "select count(*) from consultation_comment c where c.consultation_id = "
                      + id
                      + " and "
                      + Search.COMMENT_VECTOR
                      + " @@ plainto_tsquery('simple', 'glimmerwort')"))
          .as("the vector of the comment the application stored")
          .isEqualTo(1);
      HttpResponse<String> found = Api.anonymous(base).get("api/search?q=glimmerwort");
      assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
      assertThat(Api.json(found).asJsonObject().getJsonNumber("total").longValue()).isEqualTo(1);
      HttpResponse<String> many =
          Api.anonymous(base).get("api/search?q=interoperability&status=open&size=5");
      assertThat(many.statusCode()).as(many.body()).isEqualTo(200);
      assertThat(Api.json(many).asJsonObject().getJsonNumber("total").longValue())
          .as("the comments written by SQL")
          .isGreaterThanOrEqualTo(300);
    }
  }

  private static long count(Connection db, String sql) throws SQLException {
    return Long.parseLong(single(db, sql));
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
