package org.plenary.agenda.feedback.application;

import java.io.Serializable;
import java.util.List;

/** A form's results: how many responded and each question's aggregated answers. */
public record FormResults(FormDetails form, long responses, List<QuestionResults> questions)
    implements Serializable {}
