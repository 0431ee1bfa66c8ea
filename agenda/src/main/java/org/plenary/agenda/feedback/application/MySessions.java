package org.plenary.agenda.feedback.application;

import java.io.Serializable;
import java.util.List;

/** The sessions of a published meeting the caller can evaluate, and whether they attend it. */
public record MySessions(
    String meetingId, String meetingTitle, boolean registered, List<SessionSheet> sessions)
    implements Serializable {}
