package org.plenary.agenda.outcomes.application;

import java.io.Serializable;
import java.util.List;

/** A published meeting's minutes, item by item in agenda order. */
public record MinutesSheet(String meetingId, String title, List<ItemRecord> items)
    implements Serializable {}
