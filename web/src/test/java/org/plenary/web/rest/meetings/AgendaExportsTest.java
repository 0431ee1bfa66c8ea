package org.plenary.web.rest.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.demo.ELeaders2019;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.Audience;
import org.plenary.agenda.meetings.domain.ItemKind;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.Venue;
import org.plenary.web.it.Documents;

/** The calendar and PDF exports, read back by independent parsers (ical4j and PDFBox). */
class AgendaExportsTest {
  private static final Instant PUBLISHED = Instant.parse("2019-07-19T08:00:00Z");

  /** The demo meeting and its side meeting as the public sees them: published snapshots. */
  private static Meeting publishedELeaders() {
    Meeting main = ELeaders2019.meeting().draft(null);
    Meeting side = ELeaders2019.goingDigital().draft(main);
    Meeting publishedMain = main.publishAgenda(ELeaders2019.AGENDA_LABEL, PUBLISHED).agenda();
    side.publishAgenda(ELeaders2019.AGENDA_LABEL, PUBLISHED).agenda().attachTo(publishedMain);
    return publishedMain;
  }

  private static Calendar parse(String ics) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
  }

  private static ZonedDateTime start(VEvent event) {
    Temporal start = event.getStartDate().orElseThrow().getDate();
    return (ZonedDateTime) start;
  }

  private static String property(VEvent event, String name) {
    return event.<Property>getProperty(name).orElseThrow().getValue();
  }

  @Test
  void writesACalendarWithAnEventPerItemAtItsLocalTimeInTheMeetingsZone() throws Exception {
    Meeting meeting = publishedELeaders();

    Calendar calendar = parse(AgendaCalendar.of(meeting, meeting.getItems()));

    assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
    List<VEvent> events = events(calendar);
    assertThat(events).hasSize(meeting.getItems().size());
    VEvent session1 =
        events.stream()
            .filter(e -> property(e, "SUMMARY").startsWith("Session 1:"))
            .findFirst()
            .orElseThrow();
    assertThat(start(session1).toLocalDateTime()).isEqualTo(LocalDateTime.of(2019, 9, 19, 12, 45));
    assertThat(start(session1).toInstant()).isEqualTo(Instant.parse("2019-09-19T10:45:00Z"));
    assertThat(property(session1, "DESCRIPTION")).contains("Key questions:");
    assertThat(property(session1, "LOCATION")).contains("BOSA").contains("Brussels");
    assertThat(property(session1, "UID")).isEqualTo("e-leaders-2019-i3@plenary");
  }

  @Test
  void givesTheRightUtcTimesOnBothSidesOfADaylightSavingChange() throws Exception {
    LocalDate saturday = LocalDate.of(2026, 10, 24);
    LocalDate sunday = LocalDate.of(2026, 10, 25);
    Meeting meeting =
        new Meeting(
            "autumn-retreat",
            "Autumn retreat",
            saturday,
            sunday,
            ZoneId.of("Europe/Brussels"),
            new Venue("BOSA", List.of(), "Brussels"));
    for (LocalDate date : List.of(saturday, sunday)) {
      meeting
          .addDay(date, date.getDayOfWeek().toString(), Audience.everyone())
          .schedule(
              new AgendaItem(
                  ItemKind.OTHER, null, "Walk", LocalTime.of(9, 0), LocalTime.of(10, 0), null));
    }
    Meeting published = meeting.publishAgenda(null, PUBLISHED).agenda();

    List<VEvent> events = events(parse(AgendaCalendar.of(published, published.getItems())));

    assertThat(events).extracting(e -> start(e).toLocalTime()).containsOnly(LocalTime.of(9, 0));
    assertThat(events)
        .extracting(e -> start(e).toInstant())
        .containsExactly(
            Instant.parse("2026-10-24T07:00:00Z"), Instant.parse("2026-10-25T08:00:00Z"));
    assertThat(events)
        .extracting(e -> start(e).getOffset())
        .containsExactly(ZoneOffset.ofHours(2), ZoneOffset.ofHours(1));
  }

  @Test
  void foldsLongLinesAndEscapesTexts() {
    Meeting meeting = publishedELeaders();

    String ics = AgendaCalendar.of(meeting, meeting.getItems());

    assertThat(ics.split("\r\n"))
        .allSatisfy(
            line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(75));
    assertThat(ics).contains("\\,").doesNotContain("\n\n");
  }

  @Test
  void printsEveryItemTheHeaderAndTheSideMeetingAsAnAppendix() throws IOException {
    Meeting meeting = publishedELeaders();

    String text = text(AgendaPrint.of(meeting, Locale.ENGLISH));
    assertThat(text)
        .contains("E-LEADERS 2019")
        .contains("Towards Service-Oriented Governance")
        .contains("Brussels, 19–20 September 2019")
        .contains("DRAFT AGENDA")
        .contains("(V20190719)")
        .contains("BOSA – FPS Policy and Support")
        .contains("DAY 2 – 20 SEPTEMBER 2019")
        .contains("open only to delegates")
        .contains("APPENDIX")
        .contains("‘fully digital’");
    for (AgendaItem item : meeting.getItems()) {
      assertThat(text).contains(item.getStart() + " – " + item.getEnd());
      assertThat(text)
          .contains(item.getTitle().substring(0, Math.min(30, item.getTitle().length())));
    }
    Meeting side = meeting.getPublishedSideMeetings().get(0);
    for (AgendaItem item : side.getItems()) {
      assertThat(text)
          .contains(item.getTitle().substring(0, Math.min(30, item.getTitle().length())));
    }
    assertThat(text).contains(meeting.getItems().get(3).getKeyQuestions().get(0).substring(0, 40));
    assertThat(text).contains("Format: World Café").contains("Chair: ");
  }

  @Test
  void printsItsOwnWordsInFrenchWhatTheSecretariatWroteAsWritten() throws IOException {
    Meeting meeting = publishedELeaders();

    String text = text(AgendaPrint.of(meeting, Locale.FRENCH));

    assertThat(text)
        .contains("Brussels, 19–20 septembre 2019")
        .contains("PROJET D'ORDRE DU JOUR")
        .contains("La réunion se tiendra dans les locaux de")
        .contains("JOUR 2 – 20 SEPTEMBRE 2019")
        .contains("ANNEXE")
        .contains("Format : World Café")
        .contains("Présidence : ")
        .contains("Towards Service-Oriented Governance")
        .doesNotContain("DRAFT AGENDA")
        .doesNotContain("APPENDIX")
        .doesNotContain("Key questions");
  }

  private static String text(byte[] pdf) {
    // French puts a no-break space before a colon
    return Documents.text(pdf).replaceAll("[\\s\u00a0\u202f]+", " ");
  }
}
