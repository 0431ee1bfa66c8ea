package org.plenary.agenda.feedback.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * A meeting's standard satisfaction results: how many responded and the average of each rated
 * question by its stable code (absent when nobody answered it).
 */
public record ComparisonRow(
    String meetingId,
    String title,
    LocalDate startDate,
    long responses,
    Map<String, Double> averages)
    implements Serializable {}
