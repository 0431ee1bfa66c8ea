package org.plenary.agenda.feedback.application;

import java.io.Serializable;
import java.util.List;
import org.plenary.agenda.feedback.domain.QuestionKind;

/**
 * The answers to one question, aggregated: for a rating its summary, for a choice question how
 * often each choice was chosen (in the question's order), for free text only how many answered.
 */
public record QuestionResults(
    String code,
    QuestionKind kind,
    String text,
    long answers,
    RatingSummary ratings,
    List<ChoiceCount> choices)
    implements Serializable {}
