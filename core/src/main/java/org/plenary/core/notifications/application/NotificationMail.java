package org.plenary.core.notifications.application;

import org.plenary.core.notifications.domain.NotificationKind;

/**
 * A notification to send by e-mail to someone who opted in (CDI event, fired inside the
 * transaction): the web layer words it in {@code language} and fires the {@link
 * org.plenary.core.mail.Mail}, sent only if the transaction commits.
 */
public record NotificationMail(
    String to,
    String language,
    String recipientName,
    NotificationKind kind,
    String title,
    String actorName,
    long draftId,
    int versionNumber) {}
