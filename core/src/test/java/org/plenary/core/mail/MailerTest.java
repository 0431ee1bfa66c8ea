package org.plenary.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailerTest {
  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(
          new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2019-09-19T07:00:00Z"), ZoneOffset.UTC);

  @Test
  void sendsUtf8TextFromTheConfiguredSender() throws Exception {
    mailer(SMTP.getSmtp().getPort())
        .send(
            new Mail(
                "mari.tamm@example.org",
                "Réunion confirmée – E-Leaders",
                "Bonjour Mari,\nvotre inscription est confirmée. Ümlaut ✓"));

    MimeMessage received = SMTP.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("Réunion confirmée – E-Leaders");
    assertThat(received.getFrom()[0].toString()).contains("no-reply@plenary.test");
    assertThat(((String) received.getContent()).replace("\r\n", "\n").strip())
        .as("SMTP sends CRLF line ends")
        .isEqualTo("Bonjour Mari,\nvotre inscription est confirmée. Ümlaut ✓");
    assertThat(received.getSentDate().toInstant()).isEqualTo(CLOCK.instant());
  }

  @Test
  void sendsAttachmentsAfterTheText() throws Exception {
    byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

    mailer(SMTP.getSmtp().getPort())
        .send(
            new Mail(
                "mari.tamm@example.org",
                "With a calendar",
                "See the attachment.",
                List.of(new Mail.Attachment("meeting.ics", "text/calendar", ics))));

    MimeMultipart parts = (MimeMultipart) SMTP.getReceivedMessages()[0].getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(((String) parts.getBodyPart(0).getContent()).strip())
        .isEqualTo("See the attachment.");
    assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("meeting.ics");
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    parts.getBodyPart(1).getDataHandler().writeTo(content);
    assertThat(content.toByteArray()).isEqualTo(ics);
  }

  @Test
  void sendsARenderedMessageAsStoredWithItsAttachment() throws Exception {
    byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
    Mailer mailer = mailer(SMTP.getSmtp().getPort());
    byte[] rendered =
        mailer.render(
            new Mail(
                "mari.tamm@example.org",
                "Réunion – stored",
                "Bonjour ✓",
                List.of(new Mail.Attachment("meeting.ics", "text/calendar", ics))));

    mailer.sendRendered(rendered);

    MimeMessage received = SMTP.getReceivedMessages()[0];
    assertThat(received.getAllRecipients()[0].toString()).isEqualTo("mari.tamm@example.org");
    assertThat(received.getSubject()).isEqualTo("Réunion – stored");
    assertThat(received.getSentDate().toInstant()).isEqualTo(CLOCK.instant());
    MimeMultipart parts = (MimeMultipart) received.getContent();
    assertThat(((String) parts.getBodyPart(0).getContent()).strip()).isEqualTo("Bonjour ✓");
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    parts.getBodyPart(1).getDataHandler().writeTo(content);
    assertThat(content.toByteArray()).isEqualTo(ics);
  }

  @Test
  void failsWhenNoServerAnswers() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Mailer mailer = mailer(closedPort);

    assertThatThrownBy(() -> mailer.send(new Mail("a@example.org", "Lost", "text")))
        .isInstanceOf(MessagingException.class);
  }

  @Test
  void sendsManyMessagesOverOneConnectionAndOverANewOneWhenTheServerHungUp() throws Exception {
    try (HangingUpSmtp server = new HangingUpSmtp(2)) {
      Mailer mailer = mailer(server.port());
      byte[] rendered = mailer.render(new Mail("mari.tamm@example.org", "One of many", "Text."));

      try (Mailer.Connection smtp = mailer.connection()) {
        for (int i = 0; i < 5; i++) {
          smtp.sendRendered(rendered);
        }
      }

      assertThat(server.messages.get()).isEqualTo(5);
      assertThat(server.connections.get()).as("2 + 2 + 1 messages").isEqualTo(3);
    }
  }

  /** Just enough SMTP to take messages; hangs up after {@code perConnection} of them. */
  static final class HangingUpSmtp implements AutoCloseable {
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger messages = new AtomicInteger();
    private final ServerSocket socket;
    private final Thread serving;

    HangingUpSmtp(int perConnection) throws IOException {
      socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
      serving = new Thread(() -> serve(perConnection), "hanging-up-smtp");
      serving.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    private void serve(int perConnection) {
      while (!socket.isClosed()) {
        try (Socket client = socket.accept();
            BufferedReader in =
                new BufferedReader(
                    new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            Writer out =
                new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII)) {
          connections.incrementAndGet();
          reply(out, "220 test");
          int taken = 0;
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
            if (command.equals("DATA")) {
              reply(out, "354 go on");
              while (!".".equals(in.readLine())) {
                // the message
              }
              messages.incrementAndGet();
              reply(out, "250 queued");
              if (++taken == perConnection) {
                break; // hang up without a word, as a server does at its limit
              }
            } else if (command.equals("QUIT")) {
              reply(out, "221 bye");
              break;
            } else {
              reply(out, "250 ok");
            }
          }
        } catch (IOException closed) {
          // the test is over, or the client went away
        }
      }
    }

    private static void reply(Writer out, String line) throws IOException {
      out.write(line + "\r\n");
      out.flush();
    }

    @Override
    public void close() throws Exception {
      socket.close();
      serving.join(5_000);
    }
  }

  private static Mailer mailer(int port) {
    return new Mailer(
        "127.0.0.1",
        port,
        Optional.empty(),
        Optional.empty(),
        "Plenary <no-reply@plenary.test>",
        CLOCK);
  }
}
