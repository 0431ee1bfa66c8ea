package org.plenary.consultation.consultations.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import java.util.HashSet;
import java.util.List;
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
 * Stores comments in short transactions: reads the consultation (open now?), INSERTs the comments
 * that arrived together ({@link #insertAll}, for {@link CommentWriter}), and fires the confirmation
 * mails, which leave only once the INSERTs committed. Used by {@link CommentSubmissions}, which
 * owns the retry logic around it.
 */
@Stateless
@PermitAll
public class CommentStore {
  private static volatile Set<String> countries;

  @PersistenceContext EntityManager em;
  // @EJB on the path of every comment: Payara's CDI proxy of a session bean takes the class
  // loader's lock on every call (issue 8's profile), the container's reference does not.
  @EJB Consultations consultations;
  @Inject Event<CommentNotice> notices;
  @Inject Clock clock;

  /**
   * The comment stored under this idempotency key, if there is one, when it was stored for this
   * same request: the same author (the account signed in, or the e-mail address given by someone
   * who is not) and the same text. A key is the client's name for one request, not a name that
   * anyone's other comment could take over.
   *
   * @throws ConsultationRefused KEY_REUSED when the key's comment is another request's (which the
   *     caller is not told anything about)
   */
  public Optional<Submission> byKey(
      long consultationId, String key, String author, CommentForm request) {
    return em.createQuery(
            "select c from Comment c where c.consultationId = :id and c.idempotencyKey = :key",
            Comment.class)
        .setParameter("id", consultationId)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .map(
            c -> {
              if (!sameRequest(c, author, request)) {
                throw keyReused();
              }
              return new Submission(consultationId, c.getId(), c.isPublished(), true);
            });
  }

  private static boolean sameRequest(Comment stored, String author, CommentForm request) {
    boolean sameAuthor =
        author != null
            ? author.equals(stored.getUsername())
            : stored.getUsername() == null
                && stored.getEmail() != null
                && request.getEmail() != null
                && stored.getEmail().equalsIgnoreCase(request.getEmail().strip());
    return sameAuthor
        && request.getText() != null
        && stored.getText().equals(request.getText().strip());
  }

  /** The refusal of an idempotency key that another request stored its comments under. */
  static ConsultationRefused keyReused() {
    return new ConsultationRefused(
        Code.KEY_REUSED,
        "Idempotency-Key",
        "this idempotency key was used for another request: send a new request with a new key");
  }

  /**
   * Stores the comments in this one transaction: one commit for all (the group commit of {@link
   * CommentWriter}). A comment that breaks a rule is refused on its own and the others are stored;
   * each outcome is at the index of its request. The idempotency keys are not looked up first: the
   * INSERT meets a key's unique constraint when a comment is stored under it already, which costs a
   * retry a rolled-back transaction and saves every first submission a query.
   *
   * @throws KeyTaken when one of the keys has a comment already (nothing stored, no mail): the
   *     caller then stores them one by one
   */
  public List<Outcome> insertAll(List<CommentRequest> requests) {
    Instant now = clock.instant();
    Map<String, Account> authors = authors(requests);
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
        Account author = request.author() == null ? null : authors.get(request.author());
        Staged staged = stage(consultation, request, Optional.ofNullable(author), now);
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
   * A comment collected elsewhere from a known respondent (the demo story): stored published, as
   * received at that time, without a confirmation mail, whether or not the consultation is open
   * now.
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public long importPublished(
      long consultationId,
      Integer section,
      Respondent.Known respondent,
      String text,
      Instant receivedAt) {
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
            receivedAt);
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

  /** The accounts of the signed-in authors among the requests, by username: one query. */
  private Map<String, Account> authors(List<CommentRequest> requests) {
    Set<String> usernames = new HashSet<>();
    for (CommentRequest request : requests) {
      if (request.author() != null) {
        usernames.add(request.author());
      }
    }
    Map<String, Account> accounts = new HashMap<>();
    if (!usernames.isEmpty()) {
      em.createQuery(
              "select a from Account a join fetch a.person where a.username in :usernames",
              Account.class)
          .setParameter("usernames", usernames)
          .getResultStream()
          .forEach(account -> accounts.put(account.getUsername(), account));
    }
    return accounts;
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
