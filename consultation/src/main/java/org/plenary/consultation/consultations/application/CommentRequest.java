package org.plenary.consultation.consultations.application;

import java.util.Locale;

/**
 * A comment as submitted: the form, the client's idempotency key (null if none), the language of
 * the confirmation mail, and who submitted it.
 *
 * @param author the username of the signed-in caller, as the container authenticated them on the
 *     request thread, or null for someone not signed in (the comment is then published only once
 *     its author follows the mailed link); the threads that store comments run as no one, so the
 *     caller's identity travels here
 */
public record CommentRequest(
    long consultationId, CommentForm form, String key, Locale language, String author) {}
