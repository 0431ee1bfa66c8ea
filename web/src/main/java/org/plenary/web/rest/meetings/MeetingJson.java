package org.plenary.web.rest.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.plenary.agenda.meetings.application.MeetingSummary;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.AgendaRole;
import org.plenary.agenda.meetings.domain.Audience;
import org.plenary.agenda.meetings.domain.ItemStep;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.MeetingDay;
import org.plenary.agenda.meetings.domain.RoleKind;
import org.plenary.core.people.domain.OrganisationCategory;

/**
 * A meeting's agenda as the API shows it. Times are ISO 8601 with the offset that applies on that
 * day in the meeting's time zone, so a client anywhere gets the right instant.
 */
public record MeetingJson(
    String id,
    String title,
    String theme,
    String body,
    String description,
    VenueJson venue,
    String timeZone,
    LocalDate startDate,
    LocalDate endDate,
    AgendaJson agenda,
    Reference mainMeeting,
    List<RoleJson> roles,
    List<DayJson> days,
    List<String> rooms,
    List<MeetingJson> sideMeetings,
    Long version,
    Reference group) {

  public record Summary(
      String id,
      String title,
      String theme,
      String city,
      LocalDate startDate,
      LocalDate endDate,
      String agendaLabel,
      List<Reference> sideMeetings) {
    static Summary of(MeetingSummary summary) {
      return new Summary(
          summary.getSlug(),
          summary.getTitle(),
          summary.getTheme(),
          summary.getCity(),
          summary.getStartDate(),
          summary.getEndDate(),
          summary.getAgendaLabel(),
          summary.getSideMeetings().stream()
              .map(side -> new Reference(side.getSlug(), side.getTitle()))
              .toList());
    }
  }

  public record Reference(String id, String title) {}

  public record VenueJson(String name, List<String> addressLines, String city) {}

  public record AgendaJson(String label, String status, Integer number, Instant publishedAt) {}

  public record AudienceJson(
      boolean openToEveryone, Set<OrganisationCategory> categories, String note) {
    static AudienceJson of(Audience audience) {
      return audience == null
          ? null
          : new AudienceJson(
              audience.isOpenToEveryone(), audience.getCategories(), audience.getNote());
    }
  }

  public record RoleJson(
      RoleKind kind, String label, String contribution, Long personId, Long organisationId) {
    static RoleJson of(AgendaRole role) {
      return new RoleJson(
          role.getKind(),
          role.getLabel(),
          role.getContribution(),
          role.getPersonId(),
          role.getOrganisationId());
    }

    AgendaRole toRole() {
      return new AgendaRole(kind, label, contribution, personId, organisationId);
    }
  }

  public record DocumentJson(String title, String url) {}

  public record StepJson(OffsetDateTime time, String label) {}

  public record ItemJson(
      String key,
      String kind,
      Integer sessionNumber,
      boolean continued,
      String title,
      String format,
      OffsetDateTime start,
      OffsetDateTime end,
      String room,
      String description,
      List<String> keyQuestions,
      List<RoleJson> roles,
      List<StepJson> steps,
      List<DocumentJson> documents,
      AudienceJson audience) {}

  public record DayJson(
      LocalDate date,
      String label,
      AudienceJson audience,
      String note,
      LocalTime opensAt,
      LocalTime closesAt,
      List<ItemJson> items) {}

  /** A published agenda with its published side meetings, as everyone sees it. */
  public static MeetingJson published(Meeting meeting) {
    return of(
        meeting,
        meeting.getPublishedSideMeetings().stream().map(side -> of(side, List.of(), null)).toList(),
        null);
  }

  /** A draft as the secretariat edits it, with the version to send with the next edit. */
  public static MeetingJson draft(Meeting meeting) {
    return of(meeting, List.of(), meeting.getVersion());
  }

  public static MeetingJson of(Meeting meeting, List<MeetingJson> sideMeetings, Long version) {
    ZoneId zone = meeting.getTimeZone();
    Meeting main = meeting.getMainMeeting();
    return new MeetingJson(
        meeting.getSlug(),
        meeting.getTitle(),
        meeting.getTheme(),
        meeting.getBody(),
        meeting.getDescription(),
        new VenueJson(
            meeting.getVenue().getName(),
            meeting.getVenue().getAddressLines(),
            meeting.getVenue().getCity()),
        zone.getId(),
        meeting.getStartDate(),
        meeting.getEndDate(),
        new AgendaJson(
            meeting.getAgendaLabel(),
            meeting.getAgendaStatus().name(),
            meeting.getPublishedVersion() == 0 ? null : meeting.getPublishedVersion(),
            meeting.getAgendaPublishedAt()),
        main == null ? null : new Reference(main.getSlug(), main.getTitle()),
        meeting.getRoles().stream().map(RoleJson::of).toList(),
        meeting.getDays().stream().map(day -> day(day, zone)).toList(),
        meeting.getRooms(),
        sideMeetings,
        version,
        version == null || meeting.getWorkingGroup() == null
            ? null
            : new Reference(
                meeting.getWorkingGroup().getSlug(), meeting.getWorkingGroup().getName()));
  }

  private static DayJson day(MeetingDay day, ZoneId zone) {
    return new DayJson(
        day.getDate(),
        day.getLabel(),
        AudienceJson.of(day.getAudience()),
        day.getNote(),
        day.getOpensAt(),
        day.getClosesAt(),
        day.getItems().stream().map(item -> item(item, day.getDate(), zone)).toList());
  }

  private static ItemJson item(AgendaItem item, LocalDate date, ZoneId zone) {
    return new ItemJson(
        item.getKey(),
        item.getKind().name(),
        item.getSessionNumber(),
        item.isContinued(),
        item.getTitle(),
        item.getFormat() == null ? null : item.getFormat().name(),
        at(date, item.getStart(), zone),
        at(date, item.getEnd(), zone),
        item.getRoom(),
        item.getDescription(),
        List.copyOf(item.getKeyQuestions()),
        item.getRoles().stream().map(RoleJson::of).toList(),
        item.getSteps().stream().map(step -> step(step, date, zone)).toList(),
        item.getDocuments().stream().map(d -> new DocumentJson(d.getTitle(), d.getUrl())).toList(),
        AudienceJson.of(item.getAudienceOverride()));
  }

  private static StepJson step(ItemStep step, LocalDate date, ZoneId zone) {
    return new StepJson(at(date, step.getTime(), zone), step.getLabel());
  }

  private static OffsetDateTime at(LocalDate date, LocalTime time, ZoneId zone) {
    return date.atTime(time).atZone(zone).toOffsetDateTime();
  }
}
