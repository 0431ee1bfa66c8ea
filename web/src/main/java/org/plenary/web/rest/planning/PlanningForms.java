package org.plenary.web.rest.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.plenary.agenda.meetings.application.ItemPlan;
import org.plenary.agenda.meetings.application.MeetingDetails;
import org.plenary.agenda.meetings.application.MeetingPlan;
import org.plenary.agenda.meetings.domain.AgendaRole;
import org.plenary.agenda.meetings.domain.Audience;
import org.plenary.agenda.meetings.domain.ItemKind;
import org.plenary.agenda.meetings.domain.ItemStep;
import org.plenary.agenda.meetings.domain.LinkedDocument;
import org.plenary.agenda.meetings.domain.RoleKind;
import org.plenary.agenda.meetings.domain.SessionFormat;
import org.plenary.agenda.meetings.domain.Venue;
import org.plenary.core.people.domain.OrganisationCategory;
import org.plenary.web.rest.InvalidRequest;

/**
 * The JSON bodies the planning API accepts. Every edit carries {@code version}, the meeting's
 * version the client last read; an edit based on an older one is refused with 409.
 */
public final class PlanningForms {
  private PlanningForms() {}

  static long version(Long version) {
    if (version == null) {
      throw new InvalidRequest("version", "is required: the meeting's version you last read");
    }
    return version;
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  public record VenueForm(String name, List<String> addressLines, String city) {
    Venue toVenue() {
      return new Venue(name, addressLines, city);
    }
  }

  public record RoleForm(
      RoleKind kind, String label, String contribution, Long personId, Long organisationId) {
    AgendaRole toRole() {
      return new AgendaRole(kind, label, contribution, personId, organisationId);
    }
  }

  public record AudienceForm(List<OrganisationCategory> categories, String note) {
    static Audience toAudience(AudienceForm form) {
      if (form == null) {
        return null;
      }
      return form.categories() == null || form.categories().isEmpty()
          ? Audience.everyone(form.note())
          : Audience.onlyFor(form.categories(), form.note());
    }
  }

  public record MeetingForm(
      String id,
      String title,
      String theme,
      String body,
      String description,
      VenueForm venue,
      String timeZone,
      LocalDate startDate,
      LocalDate endDate,
      String mainMeeting,
      List<RoleForm> roles,
      String group) {
    MeetingPlan toPlan() {
      if (venue == null) {
        throw new InvalidRequest("venue", "is required");
      }
      return new MeetingPlan(
          id,
          title,
          theme,
          body,
          description,
          venue.toVenue(),
          timeZone,
          startDate,
          endDate,
          mainMeeting,
          list(roles).stream().map(RoleForm::toRole).toList(),
          List.of());
    }
  }

  public record DetailsForm(
      Long version,
      String title,
      String theme,
      String body,
      String description,
      VenueForm venue,
      String timeZone,
      LocalDate startDate,
      LocalDate endDate,
      String group) {
    MeetingDetails toDetails() {
      if (venue == null) {
        throw new InvalidRequest("venue", "is required");
      }
      return new MeetingDetails(
          title, theme, body, description, venue.toVenue(), timeZone, startDate, endDate, group);
    }
  }

  public record RolesForm(Long version, List<RoleForm> roles) {}

  public record DayForm(
      Long version,
      LocalDate date,
      String label,
      AudienceForm audience,
      String note,
      LocalTime opensAt,
      LocalTime closesAt) {
    Audience audienceOrEveryone() {
      Audience given = AudienceForm.toAudience(audience);
      return given == null ? Audience.everyone() : given;
    }
  }

  public record StepForm(LocalTime time, String label) {}

  public record DocumentForm(String title, String url) {}

  public record ItemForm(
      Long version,
      LocalDate date,
      ItemKind kind,
      Integer sessionNumber,
      Boolean continued,
      String title,
      String description,
      SessionFormat format,
      LocalTime start,
      LocalTime end,
      String room,
      List<String> keyQuestions,
      List<RoleForm> roles,
      List<StepForm> steps,
      List<DocumentForm> documents,
      AudienceForm audience) {
    LocalDate requiredDate() {
      if (date == null) {
        throw new InvalidRequest("date", "is required: the day of the item");
      }
      return date;
    }

    ItemPlan toPlan() {
      return new ItemPlan(
          kind,
          sessionNumber,
          title,
          description,
          format,
          start,
          end,
          room,
          list(keyQuestions),
          list(roles).stream().map(RoleForm::toRole).toList(),
          list(steps).stream().map(step -> new ItemStep(step.time(), step.label())).toList(),
          AudienceForm.toAudience(audience),
          Boolean.TRUE.equals(continued),
          list(documents).stream()
              .map(document -> new LinkedDocument(document.title(), document.url()))
              .toList());
    }
  }

  public record MoveForm(Long version, LocalDateTime start, LocalDateTime end) {}

  public record RoomForm(Long version, String room) {}

  public record RenameRoomForm(Long version, String from, String to) {}

  public record SplitForm(
      Long version,
      LocalTime at,
      LocalDate resumeDate,
      LocalTime resumeStart,
      LocalTime resumeEnd) {}

  public record PublishForm(Long version, String label) {}

  /** A copy of a meeting; {@code venue} and {@code timeZone} (an IANA id) are optional. */
  public record CopyForm(
      String id, String title, LocalDate startDate, VenueForm venue, String timeZone) {}
}
