package org.plenary.agenda.feedback.application;

import java.time.Instant;
import java.util.List;
import org.plenary.agenda.feedback.domain.QuestionDraft;

/** A form as the secretariat defines or changes it. */
public record FormSpec(
    String title, Instant opensAt, Instant closesAt, List<QuestionDraft> questions) {}
