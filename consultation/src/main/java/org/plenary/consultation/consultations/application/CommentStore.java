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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.plenary.core.shared.NotFoundException;

/**
 * Stores comments in short transactions: reads the consultation (open now?), INSERTs the comment,
 * and fires the confirmation mail, which leaves only once the INSERT committed; one comment per
 * transaction, or the comments of people not signed in that arrived together ({@link #insertAll},
 * for {@link CommentWriter}). Used by {@link CommentSubmissions}, which owns the retry logic around
 * it.
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
    Staged staged =
        stage(
            consultations.get(consultationId),
            new CommentRequest(consultationId, form, key, language),
            caller(),
            clock.instant());
    em.persist(staged.comment());
    flush(key != null);
    staged.announce(notices);
    return staged.submission();
  }

  /**
   * Stores the comments of people not signed in, in this one transaction: one commit for all (the
   * group commit of {@link CommentWriter}). A comment that breaks a rule is refused on its own and
   * the others are stored; each outcome is at the index of its request.
   *
   * @throws KeyTaken when one of the keys has a comment already (nothing stored, no mail): the
   *     caller then stores them one by one
   */
  public List<Outcome> insertAll(List<CommentRequest> requests) {
    Instant now = clock.instant();
    Map<Long, Consultation> read = new HashMap<>();
    List<Outcome> outcomes = new ArrayList<>(requests.size());
    List<Staged> stored = new ArrayList<>(requests.size()); // null where refused
    boolean keyed = false;
    for (CommentRequest request : requests) {
      try {
        // not consultations.get: its NotFoundException, crossing that session bean, would mark
        // the whole group's transaction for rollback
        Consultation consultation =
            read.computeIfAbsent(
                request.consultationId(),
                id ->
                    Optional.ofNullable(em.find(Consultation.class, id))
                        .orElseThrow(() -> new NotFoundException("consultation", id)));
        Staged staged = stage(consultation, request, Optional.empty(), now);
        em.persist(staged.comment());
        stored.add(staged);
        outcomes.add(null);
        keyed |= request.key() != null;
      } catch (ConsultationRefused | NotFoundException refused) {
        stored.add(null);
        outcomes.add(new Outcome(null, refused));
      }
    }
    flush(keyed);
    for (int i = 0; i < stored.size(); i++) {
      Staged staged = stored.get(i);
      if (staged != null) {
        staged.announce(notices);
        outcomes.set(i, new Outcome(staged.submission(), null));
      }
    }
    return outcomes;
  }

  /** What became of one comment of {@link #insertAll}: stored, or refused by a rule. */
  public record Outcome(Submission submission, RuntimeException refusal) {}

  /** A comment checked against its consultation's rules and built, not stored yet. */
  private record Staged(Comment comment, CommentNotice notice) {
    void announce(Event<CommentNotice> notices) {
      if (notice != null) {
        notices.fire(notice);
      }
    }

    Submission submission() {
      return new Submission(
          comment.getConsultationId(), comment.getId(), comment.isPublished(), false);
    }
  }

  private Staged stage(
      Consultation consultation, CommentRequest request, Optional<Account> account, Instant now) {
    consultation.requireOpen(now);
    CommentForm form = request.form();
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
            consultation.getId(),
            sectionKey,
            number,
            form.getText(),
            respondent,
            request.language().getLanguage(),
            request.key(),
            token == null ? null : LinkTokens.hash(token),
            now);
    CommentNotice notice =
        token == null
            ? null
            : new CommentNotice(
                respondent.email(),
                respondent.name(),
                request.language(),
                token,
                consultation.getId(),
                consultation.getTitle());
    return new Staged(comment, notice);
  }

  /** Writes what was persisted; a unique violation can only be an idempotency key's. */
  private void flush(boolean keyed) {
    try {
      em.flush();
    } catch (PersistenceException failed) {
      if (keyed && uniqueViolation(failed)) {
        throw new KeyTaken();
      }
      throw failed;
    }
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
    if (!signedIn(principal)) {
      return Optional.empty();
    }
    return em.createQuery("select a from Account a where a.username = :username", Account.class)
        .setParameter("username", principal.getName())
        .getResultStream()
        .findFirst();
  }

  /** Whether the caller is someone signed in (the container names the others ANONYMOUS). */
  static boolean signedIn(Principal principal) {
    String name = principal == null ? null : principal.getName();
    return name != null && !name.isBlank() && !"ANONYMOUS".equalsIgnoreCase(name);
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
