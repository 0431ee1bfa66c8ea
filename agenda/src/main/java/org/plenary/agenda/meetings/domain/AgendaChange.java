package org.plenary.agenda.meetings.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One difference between two versions of an agenda, in the secretariat's terms: an item added,
 * removed, moved, retimed or retitled; its roles, key questions, description or audience changed; a
 * day added, removed or changed; the meeting's own details changed. The UI renders each with a
 * message per {@link Kind} in the user's language, from the values given here.
 *
 * @param kind what changed
 * @param date the day concerned (the newer version's, for a moved item); null for the meeting
 * @param itemKey the item concerned, or null
 * @param subject what the change is about: the item's title, the day's label, or for a meeting or
 *     day change the name of the detail (title, venue, dates, time zone, audience, label, note...)
 * @param before the old value in plain words (such as "2019-09-19 12:45–13:45, Room A"), or null
 * @param after the new value in plain words, or null
 */
public record AgendaChange(
    Kind kind, LocalDate date, String itemKey, String subject, String before, String after) {

  /** What kind of change. */
  public enum Kind {
    MEETING_CHANGED,
    DAY_ADDED,
    DAY_REMOVED,
    DAY_CHANGED,
    ITEM_ADDED,
    ITEM_REMOVED,
    ITEM_MOVED,
    ITEM_RETIMED,
    ITEM_RETITLED,
    ITEM_RENUMBERED,
    ROLES_CHANGED,
    KEY_QUESTIONS_CHANGED,
    DESCRIPTION_CHANGED,
    DOCUMENTS_CHANGED,
    AUDIENCE_CHANGED
  }

  public AgendaChange {
    Objects.requireNonNull(kind, "kind");
  }
}
