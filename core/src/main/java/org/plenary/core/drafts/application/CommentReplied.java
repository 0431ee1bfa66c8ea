package org.plenary.core.drafts.application;

/**
 * Someone replied in a thread that another person opened (CDI event, fired inside the transaction):
 * {@code threadAuthor} is the user name to tell.
 */
public record CommentReplied(
    long draftId,
    String title,
    int versionNumber,
    String threadAuthor,
    String replier,
    String replierName) {}
