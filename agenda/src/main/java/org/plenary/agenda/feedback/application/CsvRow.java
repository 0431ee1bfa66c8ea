package org.plenary.agenda.feedback.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * One answer in the export of a meeting's feedback: its source ({@code session} or {@code form}),
 * the session or form it belongs to, the question's code and text, who answered, what, and when.
 */
public record CsvRow(
    String source,
    String subject,
    String questionCode,
    String question,
    String respondent,
    String answer,
    Instant at)
    implements Serializable {}
