package org.plenary.agenda.feedback.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What delegates said about one session, aggregated: count, average, distribution. */
public record SessionResults(
    String itemKey,
    Integer number,
    String title,
    LocalDate date,
    LocalTime start,
    boolean keyQuestionsOpen,
    List<String> keyQuestions,
    RatingSummary ratings)
    implements Serializable {}
