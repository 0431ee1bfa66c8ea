package org.plenary.core.drafts.application;

/**
 * A new version of a draft was saved (CDI event, fired inside the transaction): the group's other
 * members are told.
 */
public record DraftVersionSaved(
    long draftId,
    long groupId,
    int versionNumber,
    String title,
    String author,
    String authorName) {}
