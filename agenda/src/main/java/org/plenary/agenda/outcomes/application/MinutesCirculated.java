package org.plenary.agenda.outcomes.application;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Fired inside the transaction that sends a meeting's draft minutes out for comments; the web layer
 * mails every registered participant in their language, once it commits.
 */
public record MinutesCirculated(
    String meetingId, String meetingTitle, int version, OffsetDateTime closesAt, ZoneId timeZone) {}
