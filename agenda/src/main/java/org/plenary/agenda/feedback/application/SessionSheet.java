package org.plenary.agenda.feedback.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A session of a published agenda as a delegate's feedback page shows it: when it is, its key
 * questions and whether they are open for input, whether it can be evaluated yet, and the caller's
 * own evaluation (null rating: none yet; answers aligned with the key questions).
 */
public record SessionSheet(
    String itemKey,
    Integer number,
    String title,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    List<String> keyQuestions,
    boolean keyQuestionsOpen,
    boolean started,
    Instant startsAt,
    Integer myRating,
    String myComment,
    List<String> myAnswers)
    implements Serializable {}
