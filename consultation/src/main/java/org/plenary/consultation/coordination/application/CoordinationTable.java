package org.plenary.consultation.coordination.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.plenary.consultation.coordination.domain.CoordinationRefused;
import org.plenary.consultation.coordination.domain.CoordinationRefused.Rule;
import org.plenary.consultation.coordination.domain.CoordinationRound;
import org.plenary.consultation.coordination.domain.Position;
import org.plenary.consultation.coordination.domain.RemarkKind;
import org.plenary.consultation.coordination.domain.RemarkOutcome;
import org.plenary.core.infrastructure.DatabaseMigrations;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;

/**
 * A round's table of remarks and responses (EIS: kooskõlastustabel): every remark of the bodies'
 * current positions with its current answer, by body, then remark. Once published it is public;
 * before, only the round's parties (drafter, consulted bodies, secretariat) see it. Pages and the
 * export read the same query through JDBC: a page with LIMIT/OFFSET, the export forward-only with a
 * fetch size, so neither builds entities nor holds more than a fetch of rows.
 */
@Stateless
@PermitAll
public class CoordinationTable {
  /** Rows fetched from the database at a time when exporting. */
  static final int FETCH = 1000;

  private static final String ROWS =
      "select b.id, o.name, b.current_position, r.number, r.kind, r.section_key, s.heading,"
          + " r.text, a.outcome, a.explanation, a.answered_at"
          + " from consulted_body b"
          + " join organisation o on o.id = b.organisation_id"
          + " join coordination_round k on k.id = b.round_id"
          + " left join draft_version v on v.draft_id = k.draft_id and v.number = k.draft_version"
          + " left join position_remark r on r.entry_id = b.current_entry_id"
          + " left join draft_section s on s.version_id = v.id and s.section_key = r.section_key"
          + " left join remark_response a on a.entry_id = r.entry_id"
          + " and a.remark_number = r.number and a.is_current = true"
          + " where b.round_id = ?"
          + " order by o.name, b.id, r.number";

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Coordination coordination;

  @Resource(lookup = DatabaseMigrations.DATASOURCE)
  DataSource dataSource;

  /** Receives the rows one at a time; an IOException (the client went away) ends the export. */
  public interface Sink {
    void accept(TableRow row) throws IOException;
  }

  /**
   * The round, if the caller may see its table: anyone once published, else its parties.
   *
   * @throws CoordinationRefused TABLE_NOT_PUBLISHED to others (NOT_ALLOWED to a ministry that is no
   *     party)
   */
  public CoordinationRound visible(long roundId) {
    CoordinationRound round =
        Optional.ofNullable(em.find(CoordinationRound.class, roundId))
            .orElseThrow(() -> new NotFoundException("coordination round", roundId));
    if (round.isTablePublished()) {
      return round;
    }
    if (!session.isCallerInRole(Roles.SECRETARIAT) && !session.isCallerInRole(Roles.MINISTRY)) {
      throw new CoordinationRefused(
          Rule.TABLE_NOT_PUBLISHED, null, "the table of remarks and responses is not published");
    }
    return coordination.round(roundId);
  }

  /** A page of the table. */
  public List<TableRow> rows(long roundId, int first, int size) {
    visible(roundId);
    List<TableRow> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(ROWS + " limit ? offset ?")) {
      query.setLong(1, roundId);
      query.setInt(2, Math.max(1, size));
      query.setInt(3, Math.max(0, first));
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          rows.add(row(rs));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the table of remarks could not be read", e);
    }
    return rows;
  }

  /** How many rows the table has: a remark each, or one for a body without remarks. */
  public long count(long roundId) {
    visible(roundId);
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from consulted_body b left join position_remark r"
                        + " on r.entry_id = b.current_entry_id where b.round_id = ?1")
                .setParameter(1, roundId)
                .getSingleResult())
        .longValue();
  }

  /** The whole table, in its order, one row at a time; answers how many rows. */
  public long export(long roundId, Sink sink) throws IOException {
    visible(roundId);
    long count = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                ROWS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      query.setFetchSize(FETCH);
      query.setLong(1, roundId);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          sink.accept(row(rs));
          count++;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the table of remarks could not be read", e);
    }
    return count;
  }

  private static TableRow row(ResultSet rs) throws SQLException {
    int number = rs.getInt(4);
    Integer remarkNumber = rs.wasNull() ? null : number;
    String position = rs.getString(3);
    String kind = rs.getString(5);
    String outcome = rs.getString(9);
    Timestamp answeredAt = rs.getTimestamp(11);
    return new TableRow(
        rs.getLong(1),
        rs.getString(2),
        position == null ? null : Position.valueOf(position),
        remarkNumber,
        kind == null ? null : RemarkKind.valueOf(kind),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        outcome == null ? null : RemarkOutcome.valueOf(outcome),
        rs.getString(10),
        answeredAt == null ? null : answeredAt.toInstant().atOffset(ZoneOffset.UTC));
  }
}
