package org.plenary.consultation.coordination.application;

import java.time.LocalDate;

/**
 * A consulted body let the deadline pass without a position: fired once per person of the body to
 * remind, inside the transaction that marks the reminder sent (the web layer words the mail).
 */
public record PositionOverdue(
    String to,
    String fullName,
    String bodyName,
    String draftTitle,
    int draftVersion,
    long roundId,
    LocalDate deadline) {}
