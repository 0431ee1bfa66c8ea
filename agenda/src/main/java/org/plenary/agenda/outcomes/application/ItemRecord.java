package org.plenary.agenda.outcomes.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One agenda item's record in the minutes as its writers see it: the item, its key questions with
 * the answers aligned to them, the decisions, who may write it besides the secretariat, and the
 * version a save must name (0: nothing saved yet).
 */
public record ItemRecord(
    String itemKey,
    Integer sessionNumber,
    String title,
    LocalDate date,
    LocalTime start,
    List<String> keyQuestions,
    String summary,
    List<String> answers,
    String decisions,
    String rapporteur,
    String rapporteurName,
    OffsetDateTime updatedAt,
    String updatedBy,
    long version,
    boolean writable)
    implements Serializable {}
