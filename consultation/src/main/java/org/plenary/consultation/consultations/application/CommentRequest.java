package org.plenary.consultation.consultations.application;

import java.util.Locale;

/**
 * A comment as submitted: the form, the client's idempotency key (null if none) and the language of
 * the confirmation mail.
 */
public record CommentRequest(long consultationId, CommentForm form, String key, Locale language) {}
