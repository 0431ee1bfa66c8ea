package org.plenary.agenda.outcomes.application;

/**
 * Fired inside the transaction that approves a meeting's minutes; the web layer tells every
 * registered participant, in their language, where the approved version is, once it commits.
 */
public record MinutesApproved(String meetingId, String meetingTitle, int version) {}
