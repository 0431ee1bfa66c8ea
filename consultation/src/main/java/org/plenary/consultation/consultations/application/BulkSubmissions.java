package org.plenary.consultation.consultations.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.plenary.consultation.consultations.domain.BulkRefused;
import org.plenary.consultation.consultations.domain.BulkRefused.RowError;
import org.plenary.consultation.consultations.domain.Comment;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.consultation.consultations.domain.ConsultationRefused.Code;
import org.plenary.consultation.consultations.domain.Respondent;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.infrastructure.DatabaseMigrations;
import org.plenary.core.security.domain.Roles;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * An organisation hands in comments collected elsewhere, many at once: every row passes the rules
 * of a single comment, and the upload is stored all or nothing, in the caller's one transaction.
 * The rows stream through: each is checked, built as a {@link Comment} (so the domain's rules and
 * normalised text hash are the same as for one comment) and written with JDBC batches of multi-row
 * INSERTs on the application's datasource, enlisted in the JTA transaction, so the upload is
 * acknowledged only once committed. Once a row fails, nothing more is written, but the rest is
 * still read and checked so that the answer names every problem (the first {@link #MAX_ERRORS}).
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.MINISTRY})
public class BulkSubmissions {
  public static final int MAX_ERRORS = 100;

  private static final Logger LOG = Logger.getLogger(BulkSubmissions.class.getName());

  /** Rows per INSERT: the sequence's increment, so that one nextval gives a block of ids. */
  static final int BLOCK = 50;

  /** Rows per JDBC batch. */
  static final int FLUSH = 1000;

  /**
   * Rows per COPY on PostgreSQL: their ids are reserved before it opens, as no other statement runs
   * on the connection while a COPY is open.
   */
  static final int COPY_CHUNK = 50_000;

  /** Characters of COPY lines collected before they are sent. */
  static final int COPY_SEND = 1 << 15;

  private static final String COLUMNS =
      "id, consultation_id, section_key, section_number, comment_text, text_hash, author_name,"
          + " category, country, mail_language, idempotency_key, published, created_at,"
          + " published_at, version";
  private static final int PARAMETERS = 15;

  @PersistenceContext EntityManager em;

  @Resource(lookup = DatabaseMigrations.DATASOURCE)
  DataSource dataSource;

  @Inject Consultations consultations;
  @Inject Validator validator;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** What a bulk upload stored: how many comments, or that the key's upload was stored before. */
  public record Receipt(long stored, boolean repeated, long firstCommentId) {}

  /**
   * Stores every row as a published comment on the open consultation, or none.
   *
   * @param key the client's idempotency key for the whole upload, or null: a retry with the same
   *     key finds the first upload's first comment and stores nothing; another upload under the
   *     same key (its first row another text) is refused with KEY_REUSED
   * @throws BulkRefused naming the rows that break a rule (nothing stored)
   * @throws ConsultationRefused CONSULTATION_CLOSED outside the open period
   */
  public Receipt submit(long consultationId, Iterator<BulkRow> rows, String key) {
    String idempotencyKey = key == null || key.isBlank() ? null : key.strip();
    if (idempotencyKey != null && idempotencyKey.length() > Comment.MAX_IDEMPOTENCY_KEY) {
      throw new ConsultationRefused(
          Code.TEXT_TOO_LONG, "Idempotency-Key", "an idempotency key has at most 200 characters");
    }
    Instant now = clock.instant();
    Consultation consultation = consultations.get(consultationId);
    consultation.requireOpen(now);
    if (idempotencyKey != null) {
      List<Long> before =
          em.createQuery(
                  "select c.id from Comment c where c.consultationId = :id"
                      + " and c.idempotencyKey = :key",
                  Long.class)
              .setParameter("id", consultationId)
              .setParameter("key", idempotencyKey)
              .getResultList();
      if (!before.isEmpty()) {
        // a retry of the same upload: its first row is the comment the key was stored with
        Comment first = em.find(Comment.class, before.get(0));
        String text = rows.hasNext() ? rows.next().form().getText() : null;
        if (first.getUsername() != null
            || first.getEmail() != null
            || text == null
            || !first.getText().equals(text.strip())) {
          throw CommentStore.keyReused();
        }
        return new Receipt(0, true, first.getId());
      }
    }
    List<String> sections = consultations.sectionKeys(consultation);
    Set<String> countries =
        Set.copyOf(em.createQuery("select c.code from Country c", String.class).getResultList());
    List<RowError> errors = new ArrayList<>();
    long errorCount = 0;
    long count = 0;
    long firstId = 0;
    long started = System.nanoTime();
    String how;
    try (Writer writer = new Writer(dataSource.getConnection())) {
      how = writer.copy == null ? "INSERT batches" : "COPY";
      while (rows.hasNext()) {
        BulkRow row = rows.next();
        count++;
        List<RowError> problems = check(row, sections, countries);
        Comment comment = null;
        if (problems.isEmpty()) {
          try {
            comment =
                comment(
                    consultationId,
                    row,
                    sections,
                    countries,
                    now,
                    count == 1 ? idempotencyKey : null);
          } catch (ConsultationRefused refused) {
            problems = List.of(new RowError(row.number(), refused.field(), refused.getMessage()));
          }
        }
        if (!problems.isEmpty()) {
          errorCount += problems.size();
          for (RowError problem : problems) {
            if (errors.size() < MAX_ERRORS) {
              errors.add(problem);
            }
          }
        } else if (errorCount == 0) {
          long id = writer.add(comment);
          if (firstId == 0) {
            firstId = id;
          }
        }
      }
      if (errorCount == 0) {
        writer.flush();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the bulk upload could not be stored", e);
    }
    if (errorCount > 0) {
      throw new BulkRefused(errors, errorCount, count);
    }
    if (count == 0) {
      throw new BulkRefused(List.of(new RowError(0, "row", "the upload has no comment")), 1, 0);
    }
    audit.record(
        AuditAction.CONSULTATION_COMMENTS_BULK,
        AuditObjectType.CONSULTATION,
        consultationId,
        count + " comments");
    LOG.info(
        String.format(
            "bulk upload to consultation %d: %d comments written by %s in %d ms",
            consultationId, count, how, (System.nanoTime() - started) / 1_000_000));
    return new Receipt(count, false, firstId);
  }

  private List<RowError> check(BulkRow row, List<String> sections, Set<String> countries) {
    if (row.unreadable() != null) {
      return List.of(row.unreadable());
    }
    Set<ConstraintViolation<CommentForm>> violations = validator.validate(row.form());
    if (violations.isEmpty()) {
      return List.of();
    }
    List<RowError> problems = new ArrayList<>();
    violations.stream()
        .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
        .forEach(
            v ->
                problems.add(
                    new RowError(row.number(), v.getPropertyPath().toString(), v.getMessage())));
    return problems;
  }

  private Comment comment(
      long consultationId,
      BulkRow row,
      List<String> sections,
      Set<String> countries,
      Instant now,
      String key) {
    CommentForm form = row.form();
    Integer number = form.getSection();
    String sectionKey = null;
    if (number != null) {
      if (number < 1 || number > sections.size()) {
        throw new ConsultationRefused(
            Code.SECTION_UNKNOWN,
            "section",
            "section must be a number from 1 to "
                + sections.size()
                + ", or none for the whole draft");
      }
      sectionKey = sections.get(number - 1);
    }
    Respondent respondent =
        Respondent.collected(
            form.getName(), form.getCategory(), form.getCountry(), countries::contains);
    return new Comment(
        consultationId, sectionKey, number, form.getText(), respondent, "en", key, null, now);
  }

  /**
   * Writes comments: on PostgreSQL into {@code COPY ... FROM STDIN} on the datasource's connection
   * (unwrapped; still the one enlisted in the JTA transaction, so the rows commit or roll back with
   * the upload), sent as they are checked so that the database stores while the next rows are read,
   * {@link #COPY_CHUNK} rows per COPY; elsewhere (H2) in JDBC batches of multi-row INSERTs. Ids are
   * reserved from the comments' sequence between COPYs, as EclipseLink takes them.
   */
  private static final class Writer implements AutoCloseable {
    private final Connection connection;
    private final CopyManager copy;
    private final int chunk;
    private PreparedStatement block;
    private final PreparedStatement ids;
    private final List<Comment> pending;
    private final List<Long> pendingIds;
    private final List<Long> blockIds = new ArrayList<>();
    private final StringBuilder lines;
    private final CopyText copyText = new CopyText();
    private CopyIn copying;
    private int copied;
    private long nextId;
    private long lastId = -1;

    Writer(Connection connection) throws SQLException {
      this.connection = connection;
      this.copy =
          connection.isWrapperFor(PGConnection.class)
              ? connection.unwrap(PGConnection.class).getCopyAPI()
              : null;
      this.chunk = copy == null ? FLUSH : COPY_CHUNK;
      this.pending = new ArrayList<>(FLUSH);
      this.pendingIds = new ArrayList<>(FLUSH);
      this.lines = copy == null ? null : new StringBuilder(COPY_SEND * 2);
      this.ids =
          connection.prepareStatement(
              "select nextval('consultation_comment_seq') from generate_series(1, ?)");
    }

    /**
     * Queues the comment (on PostgreSQL: sends it into the open COPY); returns the id it will have.
     */
    long add(Comment comment) throws SQLException {
      if (copy != null && copying == null) {
        // a chunk's ids are reserved before its COPY opens: no other statement runs during a COPY
        reserve(chunk / BLOCK);
        copying = copy.copyIn("copy consultation_comment (" + COLUMNS + ") from stdin");
      }
      if (nextId > lastId) {
        if (blockIds.isEmpty()) {
          reserve(chunk / BLOCK);
        }
        lastId = blockIds.remove(blockIds.size() - 1);
        nextId = lastId - BLOCK + 1;
      }
      long id = nextId++;
      if (copy != null) {
        copyText.line(lines, id, values(comment));
        if (lines.length() >= COPY_SEND) {
          send();
        }
        if (++copied == chunk) {
          flush();
        }
        return id;
      }
      pending.add(comment);
      pendingIds.add(id);
      if (pending.size() == chunk) {
        flush();
      }
      return id;
    }

    /** Ids come as EclipseLink takes them: nextval n stands for n - 49 .. n. */
    private void reserve(int blocks) throws SQLException {
      ids.setInt(1, blocks);
      List<Long> values = new ArrayList<>(blocks);
      try (ResultSet result = ids.executeQuery()) {
        while (result.next()) {
          values.add(result.getLong(1));
        }
      }
      // taken from the end: the first reserved block first
      for (int i = values.size() - 1; i >= 0; i--) {
        blockIds.add(values.get(i));
      }
    }

    void flush() throws SQLException {
      if (copying != null) {
        send();
        copying.endCopy();
        copying = null;
        copied = 0;
        return;
      }
      if (pending.isEmpty()) {
        return;
      }
      insertPending();
      pending.clear();
      pendingIds.clear();
    }

    /** Hands the lines so far to the COPY: PostgreSQL stores them while the next are checked. */
    private void send() throws SQLException {
      byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
      copying.writeToCopy(bytes, 0, bytes.length);
      lines.setLength(0);
    }

    private void insertPending() throws SQLException {
      if (block == null) {
        block = connection.prepareStatement(insert(BLOCK));
      }
      int full = pending.size() / BLOCK * BLOCK;
      for (int start = 0; start < full; start += BLOCK) {
        for (int i = 0; i < BLOCK; i++) {
          bind(block, i * PARAMETERS, pending.get(start + i), pendingIds.get(start + i));
        }
        block.addBatch();
      }
      if (full > 0) {
        block.executeBatch();
      }
      if (full < pending.size()) {
        try (PreparedStatement rest = connection.prepareStatement(insert(pending.size() - full))) {
          for (int i = full; i < pending.size(); i++) {
            bind(rest, (i - full) * PARAMETERS, pending.get(i), pendingIds.get(i));
          }
          rest.executeUpdate();
        }
      }
    }

    private static void cancel(CopyIn copying) {
      try {
        copying.cancelCopy();
      } catch (SQLException expected) {
        // PostgreSQL answers a cancelled COPY with an error: the one asked for
      }
    }

    /** The columns after the id, in the order of {@link #COLUMNS}. */
    private static Object[] values(Comment c) {
      return new Object[] {
        c.getConsultationId(),
        c.getSectionKey(),
        c.getSectionNumber(),
        c.getText(),
        c.getTextHash(),
        c.getAuthorName(),
        c.getCategory().name(),
        c.getCountry(),
        c.getLanguage(),
        c.getIdempotencyKey(),
        c.isPublished(),
        c.getCreatedAt(),
        c.getPublishedAt(),
        1L
      };
    }

    private static void bind(PreparedStatement insert, int offset, Comment c, long id)
        throws SQLException {
      insert.setLong(offset + 1, id);
      insert.setLong(offset + 2, c.getConsultationId());
      insert.setString(offset + 3, c.getSectionKey());
      insert.setObject(offset + 4, c.getSectionNumber(), java.sql.Types.INTEGER);
      insert.setString(offset + 5, c.getText());
      insert.setString(offset + 6, c.getTextHash());
      insert.setString(offset + 7, c.getAuthorName());
      insert.setString(offset + 8, c.getCategory().name());
      insert.setString(offset + 9, c.getCountry());
      insert.setString(offset + 10, c.getLanguage());
      insert.setString(offset + 11, c.getIdempotencyKey());
      insert.setBoolean(offset + 12, c.isPublished());
      insert.setObject(offset + 13, c.getCreatedAt());
      insert.setObject(offset + 14, c.getPublishedAt());
      insert.setLong(offset + 15, 1L);
    }

    private static String insert(int rows) {
      StringBuilder sql =
          new StringBuilder("insert into consultation_comment (" + COLUMNS + ") values ");
      String one = "(" + "?, ".repeat(PARAMETERS - 1) + "?)";
      for (int i = 0; i < rows; i++) {
        sql.append(i == 0 ? "" : ", ").append(one);
      }
      return sql.toString();
    }

    @Override
    public void close() throws SQLException {
      try {
        if (copying != null && copying.isActive()) {
          cancel(copying); // a refused upload: nothing of it stays (the transaction rolls back too)
        }
        if (block != null) {
          block.close();
        }
        ids.close();
      } finally {
        connection.close();
      }
    }
  }
}
