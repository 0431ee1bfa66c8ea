package org.plenary.agenda.registrations.application;

import java.io.Serializable;

/** The social event's seats as the secretariat sees them. */
public record SocialEventStatus(String meetingId, int capacity, int taken, long waiting)
    implements Serializable {}
