package org.plenary.agenda.outcomes.application;

import java.time.LocalDate;

/** Fired once per person to remind of an overdue decision or action (the web layer mails it). */
public record ActionOverdue(
    String to,
    String fullName,
    String ownerName,
    String title,
    String meetingTitle,
    LocalDate dueDate,
    String actionKey) {}
