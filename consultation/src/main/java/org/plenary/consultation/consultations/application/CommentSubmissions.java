package org.plenary.consultation.consultations.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.plenary.consultation.consultations.domain.Comment;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.consultation.consultations.domain.ConsultationRefused.Code;

/**
 * Anyone submits a comment; someone not signed in confirms it through the mailed link. Built for
 * thousands of submissions a second that a crash never loses: a comment is acknowledged only once
 * the transaction that stored it committed (it shares that transaction with the comments submitted
 * at the same time: {@link CommentWriter}), and nothing waits in memory. An {@code Idempotency-Key}
 * makes retries safe: the key is stored in a column unique per consultation, whose constraint stops
 * a second comment under it (a retry, or the loser of two concurrent submissions with one key);
 * that submission's transaction rolls back and it answers with the stored comment.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CommentSubmissions {
  public static final int MAX_KEY = Comment.MAX_IDEMPOTENCY_KEY;

  // @EJB on the path of every comment: Payara's CDI proxy of a session bean takes the class
  // loader's lock on every call (issue 8's profile), the container's reference does not.
  @EJB CommentStore store;

  @Inject CommentWriter writer;
  @Resource SessionContext session;

  /**
   * Stores the comment, or finds the one stored before with the same key for the same request.
   *
   * @param key the client's idempotency key, or null
   * @throws ConsultationRefused when the consultation is closed or the comment breaks a rule, or
   *     KEY_REUSED when the key's comment is another author's or another text
   */
  public Submission submit(long consultationId, CommentForm form, String key, Locale language) {
    String idempotencyKey = key == null || key.isBlank() ? null : key.strip();
    if (idempotencyKey != null && idempotencyKey.length() > MAX_KEY) {
      throw new ConsultationRefused(
          Code.TEXT_TOO_LONG, "Idempotency-Key", "an idempotency key has at most 200 characters");
    }
    Principal caller = session.getCallerPrincipal();
    String author = CommentStore.signedIn(caller) ? caller.getName() : null;
    try {
      // with the others submitted meanwhile, in one transaction
      return writer.write(
          new CommentRequest(consultationId, form, idempotencyKey, language, author));
    } catch (KeyTaken | ConsultationRefused refused) {
      // the key's comment was stored before (a retry, perhaps after the consultation closed) or by
      // a concurrent submission that committed first: answer with that one
      if (idempotencyKey != null) {
        Optional<Submission> stored = store.byKey(consultationId, idempotencyKey, author, form);
        if (stored.isPresent()) {
          return stored.get();
        }
      }
      throw refused;
    }
  }

  /** Publishes the comment of the mailed link; returns its consultation's id. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public long confirm(String token) {
    return store.confirm(token).getConsultationId();
  }
}
