package org.plenary.agenda.outcomes.application;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting's latest circulation of its minutes: the version it will be approved as, its comment
 * window, whether corrections are still taken, how many wait for a decision, and the minutes as
 * they read now (item by item, in agenda order).
 */
public record CirculatedMinutes(
    String meetingId,
    String title,
    String timeZone,
    int version,
    OffsetDateTime circulatedAt,
    OffsetDateTime closesAt,
    boolean open,
    boolean approved,
    long pending,
    List<ItemRecord> items)
    implements Serializable {}
