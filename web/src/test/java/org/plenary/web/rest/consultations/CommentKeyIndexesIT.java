package org.plenary.web.rest.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.web.it.TestSql.lines;
import static org.plenary.web.it.TestSql.single;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.TestServer;
import org.plenary.web.it.TestSql;

/**
 * A comment's two unique keys, its Idempotency-Key within the consultation and its mailed token's
 * hash: on PostgreSQL partial unique indexes of the comments that have one (V23_0), so that a
 * comment with neither (confirmed, handed in by a bulk upload) adds no entry to them; the look-ups
 * the application makes still use them, as the generic plans of prepared statements too. On H2,
 * which has no partial index, V10_0's constraints stay. On both a duplicate is refused and any
 * number of comments may have no key.
 */
class CommentKeyIndexesIT {
  static final String KEY_INDEX = "consultation_comment_idempotency_uk";
  static final String TOKEN_INDEX = "consultation_comment_token_uk";

  final URL base = TestServer.url();

  @Test
  void eachKeyIsUniqueAndOnPostgresqlIndexesOnlyTheCommentsThatHaveOne() throws Exception {
    long id = ConsultationFixtures.draft(base, "it-comment-keys").openNow("Comment keys");
    try (Connection db = TestSql.connect()) {
      insert(db, -id * 1_000_000 - 1, id, null, null);
      insert(db, -id * 1_000_000 - 2, id, null, null);
      insert(db, -id * 1_000_000 - 3, id, "key-1", "token-hash-1");
      assertThatThrownBy(() -> insert(db, -id * 1_000_000 - 4, id, "key-1", null))
          .as("the same Idempotency-Key twice in one consultation")
          .isInstanceOfSatisfying(
              SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
      assertThatThrownBy(() -> insert(db, -id * 1_000_000 - 5, id, null, "token-hash-1"))
          .as("the same token twice")
          .isInstanceOfSatisfying(
              SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));

      if (!TestSql.postgres(db)) {
        assertThat(
                single(
                    db,
                    "select count(*) from \"flyway_schema_history\" where \"version\" = '23.0'"))
            .isEqualTo("0");
        return;
      }
      assertThat(
              single(db, "select indexdef from pg_indexes where indexname = '" + KEY_INDEX + "'"))
          .startsWith("CREATE UNIQUE INDEX")
          .endsWith("(consultation_id, idempotency_key) WHERE (idempotency_key IS NOT NULL)");
      assertThat(
              single(db, "select indexdef from pg_indexes where indexname = '" + TOKEN_INDEX + "'"))
          .startsWith("CREATE UNIQUE INDEX")
          .endsWith("(token_hash) WHERE (token_hash IS NOT NULL)");

      // The application's look-ups (CommentStore, BulkSubmissions) as the prepared statements the
      // driver turns into generic plans: a parameter compared with = implies IS NOT NULL.
      try (Statement s = db.createStatement()) {
        s.execute("set enable_seqscan = off");
        s.execute("set plan_cache_mode = force_generic_plan");
        s.execute(
            "prepare by_key (bigint, varchar) as select id from consultation_comment"
                + " where consultation_id = $1 and idempotency_key = $2");
        s.execute(
            "prepare by_token (varchar) as select id from consultation_comment"
                + " where token_hash = $1");
      }
      assertThat(lines(db, "explain execute by_key(" + id + ", 'key-1')")).contains(KEY_INDEX);
      assertThat(lines(db, "explain execute by_token('token-hash-1')")).contains(TOKEN_INDEX);
    }
  }

  private static void insert(Connection db, long id, long consultation, String key, String token)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into consultation_comment (id, consultation_id, comment_text, text_hash,"
                + " author_name, category, country, mail_language, idempotency_key, token_hash,"
                + " published, created_at, version) values (?, ?, 'By SQL', 'hash', 'By SQL',"
                + " 'CITIZEN', 'EE', 'en', ?, ?, false, current_timestamp, 1)")) {
      insert.setLong(1, id);
      insert.setLong(2, consultation);
      insert.setString(3, key);
      insert.setString(4, token);
      insert.executeUpdate();
    }
  }
}
