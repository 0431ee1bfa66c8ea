package org.plenary.consultation.consultations.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.Principal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.plenary.consultation.consultations.domain.Comment;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.consultation.consultations.domain.ConsultationRefused.Code;
import org.plenary.consultation.consultations.domain.Respondent;
import org.plenary.core.accounts.application.LinkTokens;
import org.plenary.core.security.domain.Account;
import org.plenary.core.security.domain.Roles;

/**
 * Stores one comment in one short transaction: reads the consultation (open now?), INSERTs the
 * comment, and fires the confirmation mail, which leaves only once the INSERT committed. Used by
 * {@link CommentSubmissions}, which owns the retry logic around it.
 */
@Stateless
@PermitAll
public class CommentStore {
  private static volatile Set<String> countries;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  // @EJB on the path of every comment: Payara's CDI proxy of a session bean takes the class
  // loader's lock on every call (issue 8's profile), the container's reference does not.
  @EJB Consultations consultations;
  @Inject Event<CommentNotice> notices;
  @Inject Clock clock;

  /** The comment stored under this idempotency key, if there is one. */
  public Optional<Submission> byKey(long consultationId, String key) {
    return em.createQuery(
            "select c from Comment c where c.consultationId = :id and c.idempotencyKey = :key",
            Comment.class)
        .setParameter("id", consultationId)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .map(c -> new Submission(consultationId, c.getId(), c.isPublished(), true));
  }

  /**
   * Stores the comment. The idempotency key is not looked up first: the INSERT meets its unique
   * constraint when a comment is stored under it already, which costs a retry a rolled-back
   * transaction and saves every first submission a query.
   *
   * @param key the idempotency key, or null
   * @throws ConsultationRefused when the consultation is not open or the comment breaks a rule
   * @throws KeyTaken when a comment is stored under the key already (nothing stored, no mail)
   */
  public Submission insert(long consultationId, CommentForm form, String key, Locale language) {
    Instant now = clock.instant();
    Consultation consultation = consultations.get(consultationId);
    consultation.requireOpen(now);
    Integer number = form.getSection();
    String sectionKey = null;
    if (number != null) {
      List<String> keys = consultations.sectionKeys(consultation);
      if (number < 1 || number > keys.size()) {
        throw new ConsultationRefused(
            Code.SECTION_UNKNOWN,
            "section",
            "section must be a number from 1 to " + keys.size() + ", or none for the whole draft");
      }
      sectionKey = keys.get(number - 1);
    }
    Optional<Account> account = caller();
    Respondent respondent =
        account.isPresent()
            ? Respondent.signedIn(
                account.get().getUsername(),
                account.get().getPerson().getFullName(),
                form.getCategory(),
                form.getCountry(),
                this::countryExists)
            : Respondent.anonymous(
                form.getName(),
                form.getEmail(),
                form.getCategory(),
                form.getCountry(),
                this::countryExists);
    String token = respondent.mustConfirm() ? LinkTokens.next() : null;
    Comment comment =
        new Comment(
            consultationId,
            sectionKey,
            number,
            form.getText(),
            respondent,
            language.getLanguage(),
            key,
            token == null ? null : LinkTokens.hash(token),
            now);
    em.persist(comment);
    try {
      em.flush();
    } catch (PersistenceException failed) {
      if (key != null && uniqueViolation(failed)) {
        throw new KeyTaken();
      }
      throw failed;
    }
    if (token != null) {
      notices.fire(
          new CommentNotice(
              respondent.email(),
              respondent.name(),
              language,
              token,
              consultationId,
              consultation.getTitle()));
    }
    return new Submission(consultationId, comment.getId(), comment.isPublished(), false);
  }

  /**
   * A comment collected elsewhere from a known respondent (the demo story, later bulk submissions):
   * stored published, without a confirmation mail, whether or not the consultation is open now.
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public long importPublished(
      long consultationId, Integer section, Respondent.Known respondent, String text) {
    Consultation consultation = consultations.get(consultationId);
    String sectionKey =
        section == null ? null : consultations.sectionKeys(consultation).get(section - 1);
    Comment comment =
        new Comment(
            consultationId,
            sectionKey,
            section,
            text,
            Respondent.signedIn(
                respondent.username(),
                respondent.name(),
                respondent.category(),
                respondent.country(),
                this::countryExists),
            "en",
            null,
            null,
            clock.instant());
    em.persist(comment);
    em.flush();
    return comment.getId();
  }

  /**
   * The mailed link was followed: the comment is published and the link stops working.
   *
   * @throws ConsultationRefused TOKEN_INVALID when the token is unknown or used
   */
  public Comment confirm(String token) {
    if (token == null || token.isBlank()) {
      throw invalidToken();
    }
    Comment comment =
        em.createQuery("select c from Comment c where c.tokenHash = :hash", Comment.class)
            .setParameter("hash", LinkTokens.hash(token))
            .getResultStream()
            .findFirst()
            .orElseThrow(CommentStore::invalidToken);
    comment.confirm(clock.instant());
    return comment;
  }

  /** SQLSTATE 23505, on PostgreSQL as on H2: the only unique constraint a new comment can meet. */
  private static boolean uniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static ConsultationRefused invalidToken() {
    return new ConsultationRefused(
        Code.TOKEN_INVALID, "token", "this link is unknown or was used already");
  }

  private Optional<Account> caller() {
    Principal principal = session.getCallerPrincipal();
    String name = principal == null ? null : principal.getName();
    if (name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name)) {
      return Optional.empty();
    }
    return em.createQuery("select a from Account a where a.username = :username", Account.class)
        .setParameter("username", name)
        .getResultStream()
        .findFirst();
  }

  private boolean countryExists(String code) {
    Set<String> known = countries;
    if (known == null) {
      known =
          Set.copyOf(em.createQuery("select c.code from Country c", String.class).getResultList());
      countries = known;
    }
    return known.contains(code);
  }
}
