package org.plenary.agenda.registrations.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * When registration for a meeting closes ({@code closesOn}, the last day, in the meeting's time
 * zone; null: no deadline) and whether it is open now.
 */
public record RegistrationPeriod(String meetingId, LocalDate closesOn, boolean open)
    implements Serializable {}
