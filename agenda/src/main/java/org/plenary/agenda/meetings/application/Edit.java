package org.plenary.agenda.meetings.application;

/**
 * What an edit of a meeting answers: the meeting's new version, to send with the next edit, and the
 * key of the item the edit created or changed (null when it concerned no single item).
 */
public record Edit(String slug, long version, String itemKey) {}
