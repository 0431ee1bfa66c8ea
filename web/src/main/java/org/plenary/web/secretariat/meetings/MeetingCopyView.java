package org.plenary.web.secretariat.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.plenary.agenda.meetings.application.AgendaEditing;
import org.plenary.agenda.meetings.application.Edit;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.Venue;
import org.plenary.web.i18n.AgendaMessages;

/**
 * Copies a meeting as the template for the next one (/secretariat/meetings/copy.xhtml?slug=...): a
 * new draft with the same days, rooms, items and side meetings, on new dates, at a new venue,
 * possibly in another time zone. The form starts from next year's dates and the same venue.
 */
@Named
@ViewScoped
public class MeetingCopyView extends MeetingPageView {
  private static final long serialVersionUID = 1L;

  /** Where a refused copy's rule is shown: beside this field of the form, else above it. */
  private static final Map<Rule, String> FIELDS =
      Map.of(
          Rule.SLUG_TAKEN, "slug",
          Rule.INVALID_SLUG, "slug",
          Rule.UNKNOWN_TIME_ZONE, "timeZone",
          Rule.TIME_DOES_NOT_EXIST, "timeZone");

  private static final String FORM = "copyForm:";

  private static final List<String> FORM_FIELDS =
      List.of("title", "slug", "startDate", "venueName", "addressLines", "city", "timeZone");

  private static final List<String> TIME_ZONES =
      List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

  @Inject AgendaEditing editing;

  private String originalTitle;

  @NotBlank
  @Size(max = Meeting.MAX_TITLE)
  private String title;

  @NotBlank
  @Size(max = Meeting.MAX_SLUG)
  private String newSlug;

  @NotNull private LocalDate startDate;

  @NotBlank private String venueName;
  private String addressLines;
  @NotBlank private String city;
  @NotBlank private String timeZone;

  private String created;

  /** Loads the meeting to copy and proposes next year's: an unknown meeting is "not found". */
  public void load() throws IOException {
    if (!meetingFound()) {
      return;
    }
    Meeting original = editing.draft(getSlug());
    originalTitle = original.getTitle();
    LocalDate nextStart = original.getStartDate().plusYears(1);
    title = nextYear(original.getTitle(), original.getStartDate(), nextStart);
    newSlug = nextYear(original.getSlug(), original.getStartDate(), nextStart);
    startDate = nextStart;
    Venue venue = original.getVenue();
    venueName = venue.getName();
    addressLines = String.join("\n", venue.getAddressLines());
    city = venue.getCity();
    timeZone = original.getTimeZone().getId();
  }

  private static String nextYear(String text, LocalDate from, LocalDate to) {
    return text.replace(String.valueOf(from.getYear()), String.valueOf(to.getYear()));
  }

  /** Copies the meeting; a refusal is shown beside the field to correct. */
  public void copy() {
    if (!newSlug.strip().matches(Meeting.SLUG_PATTERN)) {
      error(
          FORM + "slug",
          AgendaMessages.of(new AgendaRuleViolation(Rule.INVALID_SLUG, newSlug), locale()));
      return;
    }
    if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
      error(
          FORM + "timeZone",
          AgendaMessages.of(new AgendaRuleViolation(Rule.UNKNOWN_TIME_ZONE, timeZone), locale()));
      return;
    }
    try {
      Edit edit =
          editing.copyMeeting(
              getSlug(),
              newSlug.strip(),
              title.strip(),
              startDate,
              new Venue(venueName.strip(), lines(addressLines), city.strip()),
              ZoneId.of(timeZone));
      created = edit.slug();
    } catch (AgendaRuleViolation violation) {
      String field = FIELDS.get(violation.rule());
      if (field == null && FORM_FIELDS.contains(violation.field())) {
        field = violation.field();
      }
      error(field == null ? null : FORM + field, AgendaMessages.of(violation, locale()));
    }
  }

  private static List<String> lines(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public List<String> getTimeZones() {
    return TIME_ZONES;
  }

  public String getOriginalTitle() {
    return originalTitle;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getNewSlug() {
    return newSlug;
  }

  public void setNewSlug(String newSlug) {
    this.newSlug = newSlug;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public String getVenueName() {
    return venueName;
  }

  public void setVenueName(String venueName) {
    this.venueName = venueName;
  }

  public String getAddressLines() {
    return addressLines;
  }

  public void setAddressLines(String addressLines) {
    this.addressLines = addressLines;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  /** The slug of the meeting just created by the copy, or null before. */
  public String getCreated() {
    return created;
  }
}
