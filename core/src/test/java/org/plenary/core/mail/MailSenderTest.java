package org.plenary.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sender claims a group of outbox rows at once, sends those it won over one SMTP connection and
 * forgets the sent and the given-up ones together; it begins no mail once too little of its claim
 * is left. Against a real SMTP server, with an outbox that records what it is asked.
 */
class MailSenderTest {
  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(
          new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

  private static final Instant NOW = Instant.parse("2026-11-29T06:00:00Z");

  private final Outbox outbox = new Outbox();
  private final MailSender sender = new MailSender();
  private Mailer mailer;

  @BeforeEach
  void wire() {
    mailer =
        new Mailer(
            "127.0.0.1",
            SMTP.getSmtp().getPort(),
            Optional.empty(),
            Optional.empty(),
            "no-reply@plenary.test",
            Clock.fixed(NOW, ZoneOffset.UTC));
    sender.outbox = outbox;
    sender.mailer = mailer;
    sender.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    sender.giveUpSetting = "P5D";
    sender.readSettings();
  }

  @Test
  void claimsTheGroupOnceAndForgetsTheRowsItSentTogether() throws Exception {
    outbox.add(1, mail("one@example.org"), NOW);
    outbox.add(2, mail("two@example.org"), NOW);
    outbox.add(3, mail("three@example.org"), NOW);
    outbox.add(4, mail("four@example.org"), NOW);
    outbox.heldElsewhere.add(2L);

    int sent;
    try (Mailer.Connection smtp = mailer.connection()) {
      sent = sender.send(List.of(1L, 2L, 3L, 4L), smtp);
    }

    assertThat(sent).isEqualTo(3);
    assertThat(outbox.claims).containsExactly(List.of(1L, 2L, 3L, 4L));
    assertThat(outbox.deletions).containsExactly(List.of(1L, 3L, 4L));
    assertThat(SMTP.getReceivedMessages())
        .extracting(m -> m.getAllRecipients()[0].toString())
        .containsExactly("one@example.org", "three@example.org", "four@example.org");
  }

  @Test
  void forgetsAGivenUpMailWithTheSentOnesAndReschedulesAFailedOne() throws Exception {
    outbox.add(1, unsendable(), NOW.minus(Duration.ofDays(5).plusMinutes(1)));
    outbox.add(2, unsendable(), NOW.minus(Duration.ofMinutes(1)));
    outbox.add(3, mail("three@example.org"), NOW);

    int sent;
    try (Mailer.Connection smtp = mailer.connection()) {
      sent = sender.send(List.of(1L, 2L, 3L), smtp);
    }

    assertThat(sent).isEqualTo(1);
    assertThat(outbox.deletions).containsExactly(List.of(1L, 3L));
    assertThat(outbox.failures).containsExactly(2L);
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
  }

  @Test
  void beginsNoMailOnceLessThanAMinuteOfItsClaimIsLeft() throws Exception {
    for (long id = 1; id <= 4; id++) {
      outbox.add(id, mail("mail" + id + "@example.org"), NOW);
    }
    // each look at the clock finds it 30 s later: the claim (2 min) is taken at once, mail 1 is
    // begun with 90 s left, mail 2 with 60 s, mail 3 would be with 30 s
    sender.clock = new Ticking(NOW, Duration.ofSeconds(30));

    int sent;
    try (Mailer.Connection smtp = mailer.connection()) {
      sent = sender.send(List.of(1L, 2L, 3L, 4L), smtp);
    }

    assertThat(sent).isEqualTo(2);
    assertThat(outbox.deletions).containsExactly(List.of(1L, 2L));
    assertThat(SMTP.getReceivedMessages()).hasSize(2);
  }

  private byte[] mail(String to) throws Exception {
    return mailer.render(new Mail(to, "Group", "One of a group."));
  }

  /** A message naming no recipient: the mail API refuses to send it, as a retryable failure. */
  private static byte[] unsendable() {
    return "Subject: Unsendable\r\n\r\nNo recipient.\r\n".getBytes(StandardCharsets.US_ASCII);
  }

  /** The rows in memory; records the claims, deletions and failures it is asked for. */
  static final class Outbox extends MailOutbox {
    final Map<Long, OutboxMail> rows = new TreeMap<>();
    final List<Long> heldElsewhere = new ArrayList<>();
    final List<List<Long>> claims = new ArrayList<>();
    final List<List<Long>> deletions = new ArrayList<>();
    final List<Long> failures = new ArrayList<>();

    void add(long id, byte[] message, Instant queuedAt) throws ReflectiveOperationException {
      OutboxMail row = new OutboxMail("someone@example.org", "Group", message, queuedAt, queuedAt);
      Field field = OutboxMail.class.getDeclaredField("id");
      field.setAccessible(true); // the database's sequence gives it in service
      field.set(row, id);
      rows.put(id, row);
    }

    @Override
    public List<OutboxMail> claim(Collection<Long> ids) {
      claims.add(List.copyOf(ids));
      return ids.stream()
          .filter(id -> rows.containsKey(id) && !heldElsewhere.contains(id))
          .map(rows::get)
          .toList();
    }

    @Override
    public void done(Collection<Long> ids) {
      deletions.add(List.copyOf(ids));
    }

    @Override
    public int failed(long id) {
      failures.add(id);
      return 1;
    }
  }

  /** A clock that is {@code step} later each time it is read. */
  static final class Ticking extends Clock {
    private Instant now;
    private final Duration step;

    Ticking(Instant start, Duration step) {
      this.now = start.minus(step);
      this.step = step;
    }

    @Override
    public Instant instant() {
      now = now.plus(step);
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
