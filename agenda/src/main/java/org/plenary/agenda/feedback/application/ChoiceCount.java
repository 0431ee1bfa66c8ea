package org.plenary.agenda.feedback.application;

/** How many people chose one choice of a question. */
public record ChoiceCount(String label, long count) {}
