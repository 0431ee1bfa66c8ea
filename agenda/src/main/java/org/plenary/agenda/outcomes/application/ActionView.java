package org.plenary.agenda.outcomes.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.plenary.agenda.outcomes.domain.ActionKind;
import org.plenary.agenda.outcomes.domain.ActionStatus;
import org.plenary.agenda.outcomes.domain.OwnerKind;

/**
 * A decision or action as the public monitor shows it (notes only when one item is asked for: the
 * lists leave them empty).
 */
public record ActionView(
    String key,
    String meeting,
    String meetingTitle,
    String itemKey,
    ActionKind kind,
    String title,
    OwnerKind ownerKind,
    String ownerName,
    LocalDate dueDate,
    ActionStatus status,
    boolean overdue,
    OffsetDateTime updatedAt,
    Long draftId,
    List<NoteView> notes)
    implements Serializable {

  /** A dated progress note; {@code author} is the name of who wrote it, never a user name. */
  public record NoteView(OffsetDateTime writtenAt, String author, ActionStatus status, String text)
      implements Serializable {}
}
