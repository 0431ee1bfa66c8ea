package org.plenary.agenda.registrations.application;

/** The social event's seats as the secretariat sees them. */
public record SocialEventStatus(String meetingId, int capacity, int taken, long waiting) {}
