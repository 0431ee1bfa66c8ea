package org.plenary.agenda.feedback.application;

import java.io.Serializable;
import java.util.List;
import org.plenary.agenda.feedback.domain.AnswerInput;

/**
 * A form as a delegate answers it: whether it is open (or not yet, or closed) and the caller's own
 * answers by question code, empty when they have not answered.
 */
public record FormSheet(
    FormDetails form, boolean open, boolean closed, boolean answered, List<AnswerInput> myAnswers)
    implements Serializable {}
