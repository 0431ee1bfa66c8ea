package org.plenary.consultation.consultations.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.plenary.consultation.consultations.domain.RespondentCategory;
import org.plenary.consultation.consultations.domain.ResponseOutcome;
import org.plenary.core.infrastructure.DatabaseMigrations;

/**
 * The published comments of a consultation as the exports show them (no personal data), streamed:
 * one query read through a forward-only JDBC result set with a fetch size, in one read transaction,
 * each row handed to the caller's sink as it arrives. No entity is built and no persistence context
 * grows, so the heap holds one fetch of rows whatever the consultation's size. Whoever calls checks
 * first that the caller may read the consultation (or its report).
 */
@Stateless
@PermitAll
public class CommentExport {
  /** Rows fetched from the database at a time (PostgreSQL: a cursor inside the transaction). */
  static final int FETCH = 2000;

  private static final String COLUMNS =
      "select id, consultation_id, section_number, section_key, created_at, category, country,"
          + " hidden_reason, comment_text, response_outcome, response_text, resolved_version,"
          + " resolved_section from consultation_comment"
          + " where consultation_id = ? and published = true ";

  @Resource(lookup = DatabaseMigrations.DATASOURCE)
  DataSource dataSource;

  /**
   * A published comment as exported; {@code text} is there even when hidden (the writer drops it).
   */
  public record Row(
      long id,
      long consultationId,
      Integer sectionNumber,
      String sectionKey,
      OffsetDateTime createdAt,
      RespondentCategory category,
      String country,
      String hiddenReason,
      String text,
      ResponseOutcome responseOutcome,
      String responseText,
      Integer resolvedVersion,
      String resolvedSection) {
    public boolean hidden() {
      return hiddenReason != null;
    }
  }

  /** Receives the rows one at a time; an IOException (the client went away) ends the export. */
  public interface Sink {
    void accept(Row row) throws IOException;
  }

  /** Every published comment, oldest (lowest id) first; answers how many. */
  public long comments(long consultationId, Sink sink) throws IOException {
    return stream(consultationId, "order by id", sink);
  }

  /**
   * Every published comment in the report's order: the whole draft first, then by section number,
   * by id within a section; answers how many.
   */
  public long report(long consultationId, Sink sink) throws IOException {
    return stream(consultationId, "order by coalesce(section_number, 0), id", sink);
  }

  private long stream(long consultationId, String order, Sink sink) throws IOException {
    long count = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                COLUMNS + order, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      query.setFetchSize(FETCH);
      query.setLong(1, consultationId);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          sink.accept(row(rs));
          count++;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the comments could not be read", e);
    }
    return count;
  }

  private static Row row(ResultSet rs) throws SQLException {
    int section = rs.getInt(3);
    Integer sectionNumber = rs.wasNull() ? null : section;
    int resolved = rs.getInt(12);
    Integer resolvedVersion = rs.wasNull() ? null : resolved;
    String outcome = rs.getString(10);
    return new Row(
        rs.getLong(1),
        rs.getLong(2),
        sectionNumber,
        rs.getString(4),
        // getTimestamp, not getObject(i, OffsetDateTime.class): the application server's result set
        // wrapper finds that method by reflection on every call
        rs.getTimestamp(5).toInstant().atOffset(ZoneOffset.UTC),
        RespondentCategory.valueOf(rs.getString(6)),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        outcome == null ? null : ResponseOutcome.valueOf(outcome),
        rs.getString(11),
        resolvedVersion,
        rs.getString(13));
  }
}
