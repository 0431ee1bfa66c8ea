package org.plenary.core.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A rendered mail waiting in the outbox until the SMTP server accepts it; the row is deleted once
 * sent. Recipient and subject are kept beside the message only for logs.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {
  private static final int MAX_TEXT = 1000;

  @Id
  @SequenceGenerator(
      name = "mail_outbox_seq",
      sequenceName = "mail_outbox_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
  private Long id;

  @Column(name = "recipient", nullable = false, updatable = false)
  private String recipient;

  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Column(name = "message", nullable = false, updatable = false)
  private byte[] message;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "claimed_until")
  private OffsetDateTime claimedUntil;

  /** The random number of the claim that holds the row (see {@link MailOutbox#claim}). */
  @Column(name = "claim_id")
  private Long claimId;

  protected OutboxMail() {}

  /**
   * A mail to send as soon as its transaction commits, or by the retry timer from {@code retryAt}.
   */
  public OutboxMail(
      String recipient, String subject, byte[] message, Instant now, Instant retryAt) {
    this.recipient = cut(Objects.requireNonNull(recipient, "recipient"));
    this.subject = cut(Objects.requireNonNull(subject, "subject"));
    this.message = Objects.requireNonNull(message, "message").clone();
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    this.nextAttemptAt = retryAt.atOffset(ZoneOffset.UTC);
  }

  private static String cut(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public byte[] getMessage() {
    return message.clone();
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public OffsetDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }
}
