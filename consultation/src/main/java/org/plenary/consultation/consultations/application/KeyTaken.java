package org.plenary.consultation.consultations.application;

import jakarta.ejb.ApplicationException;

/**
 * The comment's INSERT met the unique constraint of its idempotency key: a comment was stored under
 * the key before, or by a concurrent submission that committed first. An application exception, so
 * the container rolls the transaction back without logging a system error: a retry is the normal
 * case it exists for. {@link CommentSubmissions} then answers with the stored comment.
 */
@ApplicationException(rollback = true)
public class KeyTaken extends RuntimeException {
  private static final long serialVersionUID = 1L;

  KeyTaken() {
    super("a comment is stored under this idempotency key already", null, false, false);
  }
}
