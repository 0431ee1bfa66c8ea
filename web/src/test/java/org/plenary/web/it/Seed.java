package org.plenary.web.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeds data that no API creates yet (people with accounts, small meetings) straight into the run's
 * database from the test JVM, in one transaction. Ids start at one billion, far above what the
 * application's sequences hand out. Seeded accounts share the demo password: the hash is copied
 * from the demo delegate.
 */
public final class Seed implements AutoCloseable {
  private static final long FIRST_ID = 1_000_000_000L;

  private final Connection connection;

  private Seed(Connection connection) {
    this.connection = connection;
  }

  public static Seed open() throws SQLException {
    Connection connection = TestSql.connect();
    connection.setAutoCommit(false);
    return new Seed(connection);
  }

  /** A day of a seeded meeting and who may attend it (no categories: everyone). */
  public record Day(LocalDate date, String label, List<String> categories) {}

  /** A published meeting with the given days and no agenda items. */
  public long publishedMeeting(String slug, String title, List<Day> days) throws SQLException {
    long meetingId = nextId("meeting");
    LocalDate start = days.get(0).date();
    LocalDate end = days.get(days.size() - 1).date();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into meeting (id, slug, title, venue_name, venue_city, time_zone, start_date,"
                + " end_date, agenda_status, agenda_label, agenda_published_at, version)"
                + " values (?, ?, ?, 'Test venue', 'Brussels', 'Europe/Brussels', ?, ?,"
                + " 'PUBLISHED', 'V1', ?, 0)")) {
      insert.setLong(1, meetingId);
      insert.setString(2, slug);
      insert.setString(3, title);
      insert.setObject(4, start);
      insert.setObject(5, end);
      insert.setObject(6, OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
      insert.executeUpdate();
    }
    long dayId = nextId("meeting_day");
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into meeting_day (id, meeting_id, day_date, label, audience_categories,"
                + " version) values (?, ?, ?, ?, ?, 0)")) {
      for (Day day : days) {
        insert.setLong(1, dayId++);
        insert.setLong(2, meetingId);
        insert.setObject(3, day.date());
        insert.setString(4, day.label());
        insert.setString(5, String.join(",", day.categories()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return meetingId;
  }

  /**
   * A person of a new or existing organisation of the given category, with a DELEGATE account whose
   * password is the demo password; returns the person's e-mail address.
   */
  public String account(String username, String fullName, String organisation, String category)
      throws SQLException {
    return accounts(List.of(new Person(username, fullName)), organisation, category).get(0);
  }

  /** Someone to seed: their user name and full name. */
  public record Person(String username, String fullName) {}

  /** Many people of one organisation, as {@link #account}; returns their e-mail addresses. */
  public List<String> accounts(List<Person> people, String organisation, String category)
      throws SQLException {
    long organisationId = organisation(organisation, category);
    String hash = demoPasswordHash();
    long personId = nextId("person");
    long accountId = nextId("account");
    try (PreparedStatement person =
            connection.prepareStatement(
                "insert into person (id, full_name, email, organisation_id, version)"
                    + " values (?, ?, ?, ?, 0)");
        PreparedStatement account =
            connection.prepareStatement(
                "insert into account (id, username, password_hash, person_id, enabled,"
                    + " created_at, version) values (?, ?, ?, ?, true, ?, 0)");
        PreparedStatement role =
            connection.prepareStatement(
                "insert into account_role (account_id, role) values (?, 'DELEGATE')")) {
      for (Person p : people) {
        person.setLong(1, personId);
        person.setString(2, p.fullName());
        person.setString(3, email(p.username()));
        person.setLong(4, organisationId);
        person.addBatch();
        account.setLong(1, accountId);
        account.setString(2, p.username());
        account.setString(3, hash);
        account.setLong(4, personId);
        account.setObject(5, OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        account.addBatch();
        role.setLong(1, accountId);
        role.addBatch();
        personId++;
        accountId++;
      }
      person.executeBatch();
      account.executeBatch();
      role.executeBatch();
    }
    return people.stream().map(p -> email(p.username())).toList();
  }

  public static String email(String username) {
    return username + "@seeded.example";
  }

  /** The id of a seeded person's registration to a meeting. */
  public long registrationId(String slug, String username) throws SQLException {
    return number(
        "select r.id from registration r join person p on p.id = r.person_id"
            + " join meeting m on m.id = r.meeting_id where m.slug = ? and p.email = ?",
        slug,
        email(username));
  }

  public void commit() throws SQLException {
    connection.commit();
  }

  /** A number read back with one query, such as a count. */
  public long number(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The whole numbers of one column, in the query's order. */
  public List<Long> numbers(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = query.executeQuery()) {
        ArrayList<Long> values = new ArrayList<>();
        while (rs.next()) {
          values.add(rs.getLong(1));
        }
        return values;
      }
    }
  }

  private long organisation(String name, String category) throws SQLException {
    try (PreparedStatement find =
        connection.prepareStatement("select id from organisation where name = ?")) {
      find.setString(1, name);
      try (ResultSet rs = find.executeQuery()) {
        if (rs.next()) {
          return rs.getLong(1);
        }
      }
    }
    long id = nextId("organisation");
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into organisation (id, name, category, version) values (?, ?, ?, 0)")) {
      insert.setLong(1, id);
      insert.setString(2, name);
      insert.setString(3, category);
      insert.executeUpdate();
    }
    return id;
  }

  private String demoPasswordHash() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery("select password_hash from account where username = 'delegate'")) {
      if (!rs.next()) {
        throw new IllegalStateException("the demo delegate's account is missing");
      }
      return rs.getString(1);
    }
  }

  private long nextId(String table) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("select max(id) from " + table)) {
      rs.next();
      return Math.max(rs.getLong(1) + 1, FIRST_ID);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  /** Runs one update statement, such as moving a link's expiry into the past; returns the count. */
  public int execute(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        update.setObject(i + 1, parameters[i]);
      }
      return update.executeUpdate();
    }
  }

  /** Runs one statement for each row of parameters, sent in one batch; returns the row count. */
  public int executeBatch(String sql, List<Object[]> rows) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      for (Object[] parameters : rows) {
        for (int i = 0; i < parameters.length; i++) {
          update.setObject(i + 1, parameters[i]);
        }
        update.addBatch();
      }
      int count = 0;
      for (int changed : update.executeBatch()) {
        count += Math.max(changed, 0);
      }
      return count;
    }
  }

  /**
   * Published comments written straight into the table, as a bulk load or the benchmark does, all
   * with one text hash; number {@code first} of those written so for the consultation onwards.
   * Their ids are negative: never one the application's sequence hands out.
   */
  public int publishedComments(long consultationId, int first, List<String> texts, String hash)
      throws SQLException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      rows.add(
          new Object[] {
            -(consultationId * 1_000_000 + first + i), consultationId, texts.get(i), hash, now, now
          });
    }
    return executeBatch(
        "insert into consultation_comment (id, consultation_id, comment_text, text_hash,"
            + " author_name, category, country, mail_language, published, created_at,"
            + " published_at, version) values (?, ?, ?, ?, 'By SQL', 'CITIZEN', 'EE', 'en', true,"
            + " ?, ?, 1)",
        rows);
  }
}
