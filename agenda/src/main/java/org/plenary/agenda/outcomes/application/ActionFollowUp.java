package org.plenary.agenda.outcomes.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.plenary.agenda.meetings.application.AgendaEditing;
import org.plenary.agenda.meetings.application.Edit;
import org.plenary.agenda.meetings.application.ItemPlan;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.ItemKind;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.outcomes.domain.ActionItem;
import org.plenary.agenda.outcomes.domain.ActionStatus;
import org.plenary.core.security.domain.Roles;

/**
 * "Follow-up on actions from last year": while the secretariat plans a meeting's agenda, one action
 * adds an item that lists the decisions and actions of an earlier meeting still planned or in
 * progress, through the agenda's own item creation (so the version check, the rules and the audit
 * are the agenda's).
 */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class ActionFollowUp {
  private static final int MAX_LISTED = 100;

  @PersistenceContext EntityManager em;
  @Inject OutcomeMeetings meetings;
  @Inject AgendaEditing editing;

  /**
   * Adds to the draft agenda of {@code slug}, on {@code date} from {@code start} to {@code end}, an
   * item listing the open decisions and actions of the published meeting {@code earlier}.
   *
   * @throws org.plenary.core.shared.NotFoundException when no published meeting is {@code earlier}
   */
  public Edit pull(
      @NotBlank String slug,
      long seenVersion,
      @NotBlank String earlier,
      @NotNull LocalDate date,
      @NotNull LocalTime start,
      @NotNull LocalTime end) {
    Meeting from = meetings.published(earlier.strip());
    List<ActionItem> open =
        em.createQuery(
                "select a from ActionItem a where a.meeting = :m and a.status in :open"
                    + " order by a.dueDate, a.id",
                ActionItem.class)
            .setParameter("m", from)
            .setParameter("open", List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS))
            .setMaxResults(MAX_LISTED)
            .getResultList();
    ItemPlan plan =
        ItemPlan.of(ItemKind.OTHER, title(from), start, end)
            .withDescription(description(from, open));
    return editing.addItem(slug, seenVersion, date, plan);
  }

  static String title(Meeting from) {
    String title = "Follow-up on actions from " + from.getTitle();
    return title.length() > AgendaItem.MAX_TITLE
        ? title.substring(0, AgendaItem.MAX_TITLE - 1) + "…"
        : title;
  }

  static String description(Meeting from, List<ActionItem> open) {
    if (open.isEmpty()) {
      return "No decision or action of " + from.getTitle() + " is still open.";
    }
    StringBuilder text =
        new StringBuilder("Decisions and actions of ")
            .append(from.getTitle())
            .append(" still open:");
    for (ActionItem action : open) {
      String line =
          "\n- "
              + action.getTitle()
              + " ("
              + action.getOwnerName()
              + ", due "
              + action.getDueDate()
              + ", "
              + (action.getStatus() == ActionStatus.PLANNED ? "planned" : "in progress")
              + ")";
      if (text.length() + line.length() > AgendaItem.MAX_DESCRIPTION) {
        break;
      }
      text.append(line);
    }
    return text.toString();
  }
}
