package org.plenary.agenda.feedback.application;

import java.io.Serializable;
import java.time.Instant;

/** A line of a meeting's list of forms. */
public record FormSummary(
    long id,
    String title,
    Instant opensAt,
    Instant closesAt,
    boolean standard,
    long questions,
    long responses)
    implements Serializable {}
