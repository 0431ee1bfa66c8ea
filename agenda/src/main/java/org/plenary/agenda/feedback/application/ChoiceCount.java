package org.plenary.agenda.feedback.application;

import java.io.Serializable;

/** How many people chose one choice of a question. */
public record ChoiceCount(String label, long count) implements Serializable {}
