package org.plenary.core.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The durable outbox: a {@link Mail} is stored, rendered, in the transaction that fires it, and is
 * sent by whoever first claims its row after the commit. A claim is one atomic UPDATE that only
 * takes unclaimed (or expired) rows, so two threads or two nodes never send one mail twice while a
 * claim holds. Open to every caller: it is reached only through the Mail event and the outbox's own
 * senders.
 */
@Stateless
@PermitAll
public class MailOutbox {
  /** How long a claim keeps other senders off a row (longer than an SMTP timeout). */
  static final Duration CLAIM = Duration.ofMinutes(2);

  /** A fresh row is left to the sender the commit hands it to for this long before the timer. */
  static final Duration FIRST_RETRY = Duration.ofMinutes(1);

  @PersistenceContext EntityManager em;
  @Inject Mailer mailer;
  @Inject Clock clock;

  /** Renders and stores the mail in the current transaction (or its own); returns the row id. */
  public long store(Mail mail) throws MessagingException {
    Instant now = clock.instant();
    OutboxMail row =
        new OutboxMail(mail.to(), mail.subject(), mailer.render(mail), now, now.plus(FIRST_RETRY));
    em.persist(row);
    return row.getId();
  }

  /**
   * Claims, in one transaction, those of the rows that are there and that no one holds, for {@link
   * #CLAIM}; returns them, oldest first. One claim (and one commit) for a group of mails, where
   * there was one per mail: under a burst of comments those commits were most of PostgreSQL's.
   */
  public List<OutboxMail> claim(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Instant now = clock.instant();
    long claim = ThreadLocalRandom.current().nextLong();
    int claimed =
        em.createQuery(
                "update OutboxMail m set m.claimedUntil = :until, m.claimId = :claim"
                    + " where m.id in :ids and (m.claimedUntil is null or m.claimedUntil < :now)")
            .setParameter("until", now.plus(CLAIM).atOffset(ZoneOffset.UTC))
            .setParameter("claim", claim)
            .setParameter("ids", ids)
            .setParameter("now", now.atOffset(ZoneOffset.UTC))
            .executeUpdate();
    if (claimed == 0) {
      return List.of();
    }
    // the rows this claim won: a row another sender claimed meanwhile carries its number
    return em.createQuery(
            "select m from OutboxMail m where m.id in :ids and m.claimId = :claim order by m.id",
            OutboxMail.class)
        .setParameter("ids", ids)
        .setParameter("claim", claim)
        .getResultList();
  }

  /** The ids of the rows whose next attempt is due and that no one holds, oldest due first. */
  public List<Long> due(int max) {
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    return em.createQuery(
            "select m.id from OutboxMail m where m.nextAttemptAt <= :now"
                + " and (m.claimedUntil is null or m.claimedUntil < :now)"
                + " order by m.nextAttemptAt",
            Long.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The ids of the rows no one holds that are due or were never tried, oldest first: after a burst
   * that overflowed the sender's queue, its fresh rows need not wait until they are due.
   */
  public List<Long> unsent(int max) {
    var now = clock.instant().atOffset(ZoneOffset.UTC);
    return em.createQuery(
            "select m.id from OutboxMail m where (m.attempts = 0 or m.nextAttemptAt <= :now)"
                + " and (m.claimedUntil is null or m.claimedUntil < :now)"
                + " order by m.id",
            Long.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The mails were accepted by the SMTP server, or given up (the recipient refused for good, or
   * queued too long): forget them.
   */
  public void done(Collection<Long> ids) {
    if (!ids.isEmpty()) {
      em.createQuery("delete from OutboxMail m where m.id in :ids")
          .setParameter("ids", ids)
          .executeUpdate();
    }
  }

  /**
   * The attempt failed: count it, schedule the next one after the back-off and release the claim.
   */
  public int failed(long id) {
    Instant now = clock.instant();
    OutboxMail row = em.find(OutboxMail.class, id);
    if (row == null) {
      return 0;
    }
    int attempts = row.getAttempts() + 1;
    em.createQuery(
            "update OutboxMail m set m.attempts = :attempts, m.nextAttemptAt = :next,"
                + " m.claimedUntil = null where m.id = :id")
        .setParameter("attempts", attempts)
        .setParameter("next", now.plus(MailBackoff.after(attempts)).atOffset(ZoneOffset.UTC))
        .setParameter("id", id)
        .executeUpdate();
    return attempts;
  }
}
