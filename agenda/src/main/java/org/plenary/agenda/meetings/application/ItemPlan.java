package org.plenary.agenda.meetings.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.AgendaRole;
import org.plenary.agenda.meetings.domain.Audience;
import org.plenary.agenda.meetings.domain.ItemKind;
import org.plenary.agenda.meetings.domain.ItemStep;
import org.plenary.agenda.meetings.domain.LinkedDocument;
import org.plenary.agenda.meetings.domain.SessionFormat;

/**
 * One item of a planned day. Start from {@link #session} or {@link #of} and add the rest with the
 * {@code with...} methods, each of which returns a new plan.
 *
 * @param audience who may attend when it differs from the day; null means as the day
 * @param continued whether this is a further block of a split session ("Session 1, continued")
 * @param documents documents the item links to
 */
public record ItemPlan(
    @NotNull ItemKind kind,
    @Positive Integer sessionNumber,
    @NotBlank @Size(max = AgendaItem.MAX_TITLE) String title,
    @Size(max = AgendaItem.MAX_DESCRIPTION) String description,
    SessionFormat format,
    @NotNull LocalTime start,
    @NotNull LocalTime end,
    @Size(max = AgendaItem.MAX_ROOM) String room,
    @NotNull List<@NotBlank @Size(max = AgendaItem.MAX_QUESTION) String> keyQuestions,
    @NotNull List<@NotNull AgendaRole> roles,
    @NotNull List<@NotNull ItemStep> steps,
    Audience audience,
    boolean continued,
    @NotNull List<@NotNull LinkedDocument> documents) {

  public ItemPlan {
    keyQuestions = keyQuestions == null ? List.of() : List.copyOf(keyQuestions);
    roles = roles == null ? List.of() : List.copyOf(roles);
    steps = steps == null ? List.of() : List.copyOf(steps);
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  /** Session number {@code number}, from {@code start} to {@code end}. */
  public static ItemPlan session(int number, String title, LocalTime start, LocalTime end) {
    return new ItemPlan(
        ItemKind.SESSION,
        number,
        title,
        null,
        null,
        start,
        end,
        null,
        null,
        null,
        null,
        null,
        false,
        null);
  }

  /** An unnumbered item such as opening remarks, a break or a social event. */
  public static ItemPlan of(ItemKind kind, String title, LocalTime start, LocalTime end) {
    return new ItemPlan(
        kind, null, title, null, null, start, end, null, null, null, null, null, false, null);
  }

  /** The description, given as paragraphs that are joined by a blank line. */
  public ItemPlan withDescription(String... paragraphs) {
    return new ItemPlan(
        kind,
        sessionNumber,
        title,
        String.join("\n\n", paragraphs),
        format,
        start,
        end,
        room,
        keyQuestions,
        roles,
        steps,
        audience,
        continued,
        documents);
  }

  public ItemPlan withFormat(SessionFormat format) {
    return new ItemPlan(
        kind,
        sessionNumber,
        title,
        description,
        format,
        start,
        end,
        room,
        keyQuestions,
        roles,
        steps,
        audience,
        continued,
        documents);
  }

  public ItemPlan inRoom(String room) {
    return new ItemPlan(
        kind,
        sessionNumber,
        title,
        description,
        format,
        start,
        end,
        room,
        keyQuestions,
        roles,
        steps,
        audience,
        continued,
        documents);
  }

  public ItemPlan withKeyQuestions(String... keyQuestions) {
    return new ItemPlan(
        kind,
        sessionNumber,
        title,
        description,
        format,
        start,
        end,
        room,
        List.of(keyQuestions),
        roles,
        steps,
        audience,
        continued,
        documents);
  }

  public ItemPlan withRoles(AgendaRole... roles) {
    return new ItemPlan(
        kind,
        sessionNumber,
        title,
        description,
        format,
        start,
        end,
        room,
        keyQuestions,
        List.of(roles),
        steps,
        audience,
        continued,
        documents);
  }

  public ItemPlan withSteps(ItemStep... steps) {
    return new ItemPlan(
        kind,
        sessionNumber,
        title,
        description,
        format,
        start,
        end,
        room,
        keyQuestions,
        roles,
        List.of(steps),
        audience,
        continued,
        documents);
  }

  public ItemPlan withAudience(Audience audience) {
    return new ItemPlan(
        kind,
        sessionNumber,
        title,
        description,
        format,
        start,
        end,
        room,
        keyQuestions,
        roles,
        steps,
        audience,
        continued,
        documents);
  }

  public ItemPlan withDocuments(LinkedDocument... documents) {
    return new ItemPlan(
        kind,
        sessionNumber,
        title,
        description,
        format,
        start,
        end,
        room,
        keyQuestions,
        roles,
        steps,
        audience,
        continued,
        List.of(documents));
  }

  /** Marks the planned item as a further block of its session ("Session 1, continued"). */
  public ItemPlan continuing() {
    return new ItemPlan(
        kind,
        sessionNumber,
        title,
        description,
        format,
        start,
        end,
        room,
        keyQuestions,
        roles,
        steps,
        audience,
        true,
        documents);
  }

  AgendaItem toItem() {
    AgendaItem item = new AgendaItem(kind, sessionNumber, title, start, end, room);
    item.describe(description);
    item.runAs(format);
    keyQuestions.forEach(item::ask);
    roles.forEach(item::assign);
    steps.forEach(item::planStep);
    documents.forEach(item::link);
    if (audience != null) {
      item.restrictAudience(audience);
    }
    if (continued) {
      item.continueSession();
    }
    return item;
  }
}
