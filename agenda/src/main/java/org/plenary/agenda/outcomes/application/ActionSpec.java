package org.plenary.agenda.outcomes.application;

import java.time.LocalDate;
import org.plenary.agenda.outcomes.domain.ActionKind;
import org.plenary.agenda.outcomes.domain.OwnerKind;

/**
 * What the secretariat records as a decision or action: the agenda item where it was decided (may
 * be null), its title, its owner named by kind and reference (a username, an organisation's name or
 * acronym, a group's slug), the due date, and optionally the draft it concerns.
 */
public record ActionSpec(
    String itemKey,
    ActionKind kind,
    String title,
    OwnerKind ownerKind,
    String owner,
    LocalDate dueDate,
    Long draftId) {}
