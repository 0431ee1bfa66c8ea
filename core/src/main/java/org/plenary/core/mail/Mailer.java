package org.plenary.core.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through the SMTP server named by {@code plenary.smtp.host}/{@code port}, logging in
 * with {@code plenary.smtp.user}/{@code password} when a user is set.
 */
@ApplicationScoped
public class Mailer {
  private static final String TIMEOUT_MILLIS = "20000";

  /** The Date header of RFC 5322, e.g. "Fri, 27 Nov 2026 16:47:55 GMT". */
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private String host;
  private int port;
  private Optional<String> user;
  private Optional<String> password;
  private String from;
  private Clock clock;
  private Session session;

  protected Mailer() {}

  @Inject
  public Mailer(
      @ConfigProperty(name = "plenary.smtp.host", defaultValue = "localhost") String host,
      @ConfigProperty(name = "plenary.smtp.port", defaultValue = "25") int port,
      @ConfigProperty(name = "plenary.smtp.user") Optional<String> user,
      @ConfigProperty(name = "plenary.smtp.password") Optional<String> password,
      @ConfigProperty(name = "plenary.smtp.from") String from,
      Clock clock) {
    this.host = host;
    this.port = port;
    this.user = user.filter(u -> !u.isBlank());
    this.password = password;
    this.from = from;
    this.clock = clock;
    this.session = session(host, port, this.user.isPresent());
  }

  /** Sends the mail now, on the calling thread; fails if the server does not accept it. */
  public void send(Mail mail) throws MessagingException {
    MimeMessage message = message(mail);
    message.saveChanges();
    try (Connection smtp = connection()) {
      smtp.send(message);
    }
  }

  /**
   * The whole message as it will go over the wire (headers, text, attachments such as an .ics), to
   * be kept in the outbox and sent later with {@link #sendRendered(byte[])}.
   */
  public byte[] render(Mail mail) throws MessagingException {
    MimeMessage message = message(mail);
    message.saveChanges();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      message.writeTo(bytes);
    } catch (IOException e) {
      throw new MessagingException("Could not render the mail", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Sends a message rendered by {@link #render(Mail)} as it is (no header rewritten), to the
   * recipients it names; fails if the server does not accept it.
   */
  public void sendRendered(byte[] rendered) throws MessagingException {
    try (Connection smtp = connection()) {
      smtp.sendRendered(rendered);
    }
  }

  private Transport connect() throws MessagingException {
    Transport transport = session.getTransport("smtp");
    if (user.isPresent()) {
      transport.connect(user.get(), password.orElse(""));
    } else {
      transport.connect();
    }
    return transport;
  }

  /** A connection to the SMTP server for sending rendered messages one after the other. */
  public Connection connection() {
    return new Connection();
  }

  /**
   * One SMTP conversation for many messages, opened with the first: a connection per message would
   * cost each a TCP handshake, the server's greeting, EHLO and the login (where one is set) before
   * the message itself, which after a burst of comments is tens of thousands of them. When the
   * server has hung up meanwhile (an idle time-out, a limit of messages per connection), the
   * message goes once more over a new connection. For one thread at a time.
   */
  public final class Connection implements AutoCloseable {
    private Transport transport;

    private Connection() {}

    /**
     * Sends a message rendered by {@link #render(Mail)}; fails if the server does not accept it.
     */
    public void sendRendered(byte[] rendered) throws MessagingException {
      send(new MimeMessage(session, new ByteArrayInputStream(rendered)));
    }

    private void send(MimeMessage message) throws MessagingException {
      while (true) {
        boolean reused = transport != null;
        if (!reused) {
          transport = connect();
        }
        try {
          transport.sendMessage(message, message.getAllRecipients());
          return;
        } catch (MessagingException failed) {
          if (transport.isConnected()) {
            throw failed; // the server answered and refused this message; the conversation goes on
          }
          close();
          if (!reused) {
            throw failed;
          } // else the server hung up on the old conversation: once more, on a new one
        }
      }
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException e) {
          // gone already
        }
        transport = null;
      }
    }
  }

  /**
   * One session for every message: it only holds the settings, and creating one reads the mail
   * providers' resource files from every jar, which under load serialised the threads that queue
   * mail on the class loader (the profile of issue 8's comment ingest).
   */
  private static Session session(String host, int port, boolean auth) {
    Properties settings = new Properties();
    settings.put("mail.smtp.host", host);
    settings.put("mail.smtp.port", String.valueOf(port));
    settings.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    settings.put("mail.smtp.timeout", TIMEOUT_MILLIS);
    settings.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    settings.put("mail.smtp.auth", String.valueOf(auth));
    return Session.getInstance(settings);
  }

  private MimeMessage message(Mail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from, true));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    // Not setSentDate: it formats through one date format that every message shares and locks.
    message.setHeader("Date", DATE.format(clock.instant()));
    if (mail.attachments().isEmpty()) {
      text(message, mail.text());
    } else {
      MimeMultipart parts = new MimeMultipart();
      MimeBodyPart text = new MimeBodyPart();
      text(text, mail.text());
      parts.addBodyPart(text);
      for (Mail.Attachment attachment : mail.attachments()) {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(
            new DataHandler(
                new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setFileName(attachment.fileName());
        parts.addBodyPart(part);
      }
      message.setContent(parts);
    }
    return message;
  }

  /**
   * The text as UTF-8 bytes with its transfer encoding chosen here. {@code setText} would wrap the
   * string in a data handler that looks its content handler up in the one mailcap map of the
   * application, a synchronised look-up that loads a class each time: under a burst of comments the
   * threads queuing confirmation mails waited for each other there (issue 8's profile).
   */
  private static void text(MimePart part, String text) throws MessagingException {
    ByteArrayDataSource body =
        new ByteArrayDataSource(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
    part.setDataHandler(new DataHandler(body));
    part.setHeader("Content-Transfer-Encoding", MimeUtility.getEncoding(body));
  }
}
