package org.plenary.web.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.agenda.demo.DemoDelegates;
import org.plenary.agenda.meetings.infrastructure.PublishedAgendaBackfill;
import org.plenary.core.mail.Mail;
import org.plenary.core.mail.MailOutbox;
import org.plenary.core.mail.MailSender;
import org.plenary.core.mail.OutboxMail;
import org.plenary.web.it.Deployments;

/**
 * Runs inside the server, on whichever database the run uses (PostgreSQL and H2): Flyway applied
 * every migration, reference data is there, the demo data exists exactly once however often the
 * server started on this database, and the start-up backfill completes data older than the
 * migrations V3_0 and V6_1: a meeting published before versions were kept gets its version 1, and a
 * version kept before V6_1 gets its start date from its own snapshot, not from the draft (the test
 * plants such rows with SQL, as the migrations leave them, and removes them afterwards), and a mail
 * fired in a transaction that rolls back leaves no outbox row, and one still failing five days
 * after it was queued is given up. One class, so that one server starts for all of it.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseIT {
  private static final long MEETING_ID = 1_900_000_001L;
  private static final String SLUG = "backfill-it-published-2019";

  @Deployment
  static WebArchive deployment() {
    return Deployments.plenary().addClass(DatabaseIT.class);
  }

  @Resource(lookup = "java:app/jdbc/plenary")
  DataSource dataSource;

  @Inject PublishedAgendaBackfill backfill;

  @Inject DemoDelegates demoDelegates;

  @PersistenceUnit EntityManagerFactory entities;

  @PersistenceContext EntityManager entityManager;

  @Resource UserTransaction transaction;

  @Inject Event<Mail> mail;

  @Inject MailSender sender;
  @Inject MailOutbox outbox;

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

  /**
   * The demo's delegates to E-Leaders 2019 registered once, however often the loader runs (here a
   * second time, as on a restart): fourteen in 2019, twelve approved, ten with a seat on the bus
   * (registering gave them, nobody waits), two not on the participant list; Estonia's delegation
   * headed by the demo delegate, who is not registered herself; their ratings of the sessions of
   * their days and eight responses to the Session 5 form.
   */
  @Test
  void loadsTheDemoDelegatesAndDelegationsOnlyOnce() throws SQLException {
    demoDelegates.load();

    String demo =
        "select count(*) from registration r join meeting m on m.id = r.meeting_id"
            + " where m.slug = 'e-leaders-2019' and extract(year from r.registered_at) = 2019";
    assertEquals(14, count(demo));
    assertEquals(12, count(demo + " and r.status = 'APPROVED'"));
    assertEquals(
        10, count(demo + " and r.social_event = 'CONFIRMED' and r.waiting_ticket is null"));
    assertEquals(0, count(demo + " and r.social_event = 'WAITING'"));
    assertEquals(2, count(demo + " and r.listed = false"));
    assertEquals(
        1, count("select count(*) from person where email = 'kadri.kask@delegation-ee.example'"));
    assertEquals(
        1,
        count(
            "select count(*) from delegation_member dm"
                + " join delegation d on d.id = dm.delegation_id"
                + " join meeting m on m.id = d.meeting_id"
                + " join person p on p.id = dm.person_id"
                + " where m.slug = 'e-leaders-2019' and dm.member_role = 'HEAD'"
                + " and p.email = 'mari.tamm@delegation-ee.example'"));
    String evaluations =
        "select count(*) from session_evaluation e join meeting m on m.id = e.meeting_id"
            + " where m.slug = 'e-leaders-2019' and extract(year from e.created_at) = 2019";
    assertEquals(78, count(evaluations), "six sessions by twelve, the first day's three by two");
    assertEquals(6, count(evaluations + " and e.comment_text is not null"));
    assertEquals(
        8,
        count(
            "select count(*) from feedback_response r join feedback_form f on f.id = r.form_id"
                + " where f.title = 'Session 5: feedback on the Thematic Groups and drafts'"));
    assertEquals(
        0,
        count(
            "select count(*) from registration r join person p on p.id = r.person_id"
                + " join meeting m on m.id = r.meeting_id"
                + " where m.slug = 'e-leaders-2019' and extract(year from r.registered_at) = 2019"
                + " and p.email = 'mari.tamm@delegation-ee.example'"));
  }

  /**
   * The outbox's promise, the other half of MailOutboxIT (a committed change's mail arrives): a
   * mail fired in a transaction that rolls back was written to the outbox in that transaction, and
   * leaves nothing behind for the pump or the retry timer to send.
   */
  @Test
  void keepsNoMailOfATransactionThatRolledBack() throws Exception {
    String to = "rolled.back." + System.nanoTime() + "@outbox-it.example";
    String rowsForIt = "select count(*) from mail_outbox where recipient = '" + to + "'";
    transaction.begin();
    try {
      mail.fire(new Mail(to, "Never sent", "The change that asked for this mail was undone."));
      entityManager.flush();
      assertEquals(
          1L,
          ((Number) entityManager.createNativeQuery(rowsForIt).getSingleResult()).longValue(),
          "the outbox row, seen inside the transaction");
    } finally {
      transaction.rollback();
    }
    assertEquals(0, count(rowsForIt), "outbox rows after the rollback");
  }

  /**
   * A mail that still fails five days (plenary.mail.give-up-after) after it was queued is given up:
   * its row is deleted, not rescheduled; a fresh one failing the same way waits for its next
   * attempt. (Both fail because their rendered message names no recipient; the SMTP server itself
   * accepts everything.)
   */
  @Test
  void givesUpAMailStillFailingFiveDaysAfterItWasQueued() throws Exception {
    long stale = plantUnsendableMail(Duration.ofDays(5).plusMinutes(1));
    long fresh = plantUnsendableMail(Duration.ofMinutes(1));
    try {
      assertFalse(sender.send(stale), "the stale mail was not sent");
      assertFalse(sender.send(fresh), "the fresh mail was not sent");
      assertEquals(0, count("select count(*) from mail_outbox where id = " + stale));
      assertEquals(1, count("select attempts from mail_outbox where id = " + fresh));
    } finally {
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate("delete from mail_outbox where id in (" + stale + ", " + fresh + ")");
      }
    }
  }

  /**
   * A row committed just now is not due for the retry timer, but is unsent: the pump takes such
   * rows when a burst overflowed its queue. A claimed row is neither.
   */
  @Test
  void listsAFreshRowAsUnsentBeforeItIsDueAndAClaimedOneAsNeither() throws Exception {
    long fresh = plantUnsendableMail(Duration.ZERO);
    long claimed = plantUnsendableMail(Duration.ZERO);
    try {
      assertEquals(1, outbox.claim(List.of(claimed)).size(), "claimed by this test");
      List<Long> unsent = outbox.unsent(1_000_000);
      assertTrue(unsent.contains(fresh), "the fresh row is unsent");
      assertFalse(unsent.contains(claimed), "the claimed row is held");
      assertFalse(outbox.due(1_000_000).contains(fresh), "the fresh row is not due yet");
    } finally {
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate("delete from mail_outbox where id in (" + fresh + ", " + claimed + ")");
      }
    }
  }

  private long plantUnsendableMail(Duration queuedAgo) throws Exception {
    Instant now = Instant.now();
    byte[] noRecipient =
        "Subject: Unsendable\r\n\r\nThis message names no recipient.\r\n"
            .getBytes(StandardCharsets.US_ASCII);
    OutboxMail row =
        new OutboxMail(
            "unsendable." + System.nanoTime() + "@outbox-it.example",
            "Unsendable",
            noRecipient,
            now.minus(queuedAgo),
            // never due for the retry timer during the test: only the test sends it
            now.plus(Duration.ofDays(1)));
    transaction.begin();
    try {
      entityManager.persist(row);
      transaction.commit();
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
    return row.getId();
  }

  private long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void keepsAnAgendaPublishedBeforeVersionsAsVersionOneDatedFromItsSnapshot() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      try {
        plantMeetingPublishedBeforeVersions(c);
        LocalDate published = date(c, "select start_date from meeting where id = ?");

        backfill.completeMigratedVersions();

        assertEquals(
            List.of("1 V20190719 " + published),
            strings(
                c,
                "select number, label, start_date, published_by from agenda_version"
                    + " where meeting_id = ?"));
        assertNull(string(c, "select published_by from agenda_version where meeting_id = ?"));

        // As V6_1 leaves a version kept before it, while the draft has moved on by a day.
        update(c, "update agenda_version set start_date = null where meeting_id = ?");
        try (PreparedStatement s =
            c.prepareStatement("update meeting set start_date = ? where id = ?")) {
          s.setObject(1, published.minusDays(1));
          s.setLong(2, MEETING_ID);
          s.executeUpdate();
        }
        entities.getCache().evictAll(); // as at start-up: nothing cached from before the change

        backfill.completeMigratedVersions();

        assertEquals(
            published, date(c, "select start_date from agenda_version where meeting_id = ?"));

        // As V27_0 leaves a version kept before it, while the draft has been renamed.
        update(
            c,
            "update agenda_version set title = null, theme = null, city = null, end_date = null"
                + " where meeting_id = ?");
        update(c, "update meeting set title = 'Renamed in the draft' where id = ?");
        entities.getCache().evictAll();

        backfill.completeMigratedVersions();

        assertEquals(
            List.of("Backfill test meeting Brussels " + published),
            strings(c, "select title, city, end_date from agenda_version where meeting_id = ?"));
      } finally {
        update(c, "delete from agenda_version where meeting_id = ?");
        update(c, "delete from meeting where id = ?");
      }
    }
  }

  /**
   * A copy of the demo's published side meeting row, as a main meeting of its own, published (as
   * V3_0 marks agendas published before it) but without any version row.
   */
  private static void plantMeetingPublishedBeforeVersions(Connection c) throws SQLException {
    Map<String, String> overrides =
        Map.of(
            "id", String.valueOf(MEETING_ID),
            "slug", "'" + SLUG + "'",
            "title", "'Backfill test meeting'",
            "main_meeting_id", "null",
            "published_version", "1",
            "agenda_label", "'V20190719'");
    List<String> columns = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("select * from meeting where slug = ?")) {
      s.setString(1, "going-digital-2019");
      ResultSetMetaData meta = s.executeQuery().getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
      }
    }
    String values =
        String.join(
            ", ", columns.stream().map(column -> overrides.getOrDefault(column, column)).toList());
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into meeting ("
                + String.join(", ", columns)
                + ") select "
                + values
                + " from meeting where slug = ?")) {
      s.setString(1, "going-digital-2019");
      assertEquals(1, s.executeUpdate());
    }
  }

  private static void update(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, MEETING_ID);
      s.executeUpdate();
    }
  }

  private static LocalDate date(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, MEETING_ID);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getObject(1, LocalDate.class);
      }
    }
  }

  private static String string(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, MEETING_ID);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  /** Each row as its first three columns joined by spaces. */
  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, MEETING_ID);
      try (ResultSet result = s.executeQuery()) {
        while (result.next()) {
          rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3));
        }
      }
    }
    return rows;
  }
}
