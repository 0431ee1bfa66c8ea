package org.plenary.agenda.registrations.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.Audience;
import org.plenary.agenda.meetings.domain.ItemKind;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.Venue;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.Choices;
import org.plenary.agenda.registrations.domain.Registration;
import org.plenary.core.mail.Mail;
import org.plenary.core.people.domain.Person;

class RegistrationMailsTest {
  private static final LocalDate DAY_1 = LocalDate.of(2019, 9, 19);
  private static final LocalDate DAY_2 = LocalDate.of(2019, 9, 20);
  private static final Instant NOW = Instant.parse("2019-08-01T10:00:00Z");

  @Test
  void confirmsWithTheChoicesAndTheWaitingPositionAndAttachesTheDaysAsACalendar() {
    Registration registration = registration("mari.tamm@example.org", true);
    registration.waitWithTicket(7);

    Mail mail = RegistrationMails.confirmation(registration, null, 4, NOW).orElseThrow();

    assertThat(mail.to()).isEqualTo("mari.tamm@example.org");
    assertThat(mail.subject()).isEqualTo("Registration received: Réunion E-Leaders, Bruxelles");
    assertThat(mail.text())
        .contains("Dear Mari Tamm")
        .as("the desk has yet to approve it: received, not confirmed")
        .contains("we have received your registration")
        .contains("The secretariat will write to you")
        .contains("Days: 2019-09-19, 2019-09-20")
        .contains("Attendance: in person")
        .contains("number 4 on the waiting list")
        .contains("Dietary needs: Végétarien");
    Mail.Attachment calendar = mail.attachments().get(0);
    assertThat(calendar.fileName()).isEqualTo("e-leaders-test.ics");
    assertThat(calendar.contentType()).startsWith("text/calendar");
    assertThat(new String(calendar.content(), StandardCharsets.UTF_8))
        .contains("DTSTART;VALUE=DATE:20190920\r\nDTEND;VALUE=DATE:20190921\r\n");
  }

  @Test
  void tellsOfAChangeWithTheRegistrationAsItNowStandsInTheirLanguage() {
    Registration registration = registration("mari.tamm@example.org", true);
    registration.takeSeat();
    registration.change(
        new Choices(Set.of(DAY_2), Set.of(), true, null, "Step-free access", Attendance.IN_PERSON));

    Mail mail = RegistrationMails.change(registration, null, null, NOW).orElseThrow();

    assertThat(mail.subject()).isEqualTo("Registration changed: Réunion E-Leaders, Bruxelles");
    assertThat(mail.text())
        .contains("your registration for Réunion E-Leaders, Bruxelles in Brussels has been changed")
        .contains("Days: 2019-09-20")
        .contains("your seat is confirmed")
        .contains("Accessibility needs: Step-free access")
        .doesNotContain("Dietary needs");
    assertThat(new String(mail.attachments().get(0).content(), StandardCharsets.UTF_8))
        .contains("DTSTART;VALUE=DATE:20190920")
        .doesNotContain("DTSTART;VALUE=DATE:20190919");

    registration.prefer(false, "fr");
    Mail french = RegistrationMails.change(registration, null, null, NOW).orElseThrow();
    assertThat(french.subject()).isEqualTo("Inscription modifiée : Réunion E-Leaders, Bruxelles");
    assertThat(french.text()).contains("a été modifiée comme vous l'avez demandé");
  }

  @Test
  void sendsNothingToSomeoneWithoutAnAddress() {
    assertThat(RegistrationMails.confirmation(registration(null, false), null, null, NOW))
        .isEmpty();
    assertThat(RegistrationMails.promotion(registration(" ", true))).isEmpty();
  }

  @Test
  void tellsThePromotedPersonTheSeatIsTheirs() {
    Mail mail = RegistrationMails.promotion(registration("mari.tamm@example.org", true)).get();

    assertThat(mail.subject()).contains("A seat for you").contains("Réunion E-Leaders");
    assertThat(mail.text()).contains("Dear Mari Tamm").contains("no longer on the waiting list");
  }

  @Test
  void confirmsInFrenchToSomeoneWhoRegisteredInFrench() {
    Registration registration = registration("mari.tamm@example.org", true);
    registration.prefer(false, "fr");
    registration.waitWithTicket(7);

    Mail mail = RegistrationMails.confirmation(registration, null, 2, NOW).orElseThrow();

    assertThat(mail.subject()).isEqualTo("Inscription reçue : Réunion E-Leaders, Bruxelles");
    assertThat(mail.text())
        .contains("Bonjour Mari Tamm,")
        .contains("nous avons bien reçu votre inscription")
        .contains("dès qu'il l'aura examinée")
        .contains("Jours : 2019-09-19, 2019-09-20")
        .contains("Participation : en personne")
        .contains("numéro 2 sur la liste d'attente")
        .contains("Besoins alimentaires : Végétarien")
        .doesNotContain("Dear");
    assertThat(mail.attachments()).hasSize(1);
  }

  @Test
  void tellsThePromotedPersonInFrenchWhenTheyRegisteredInFrench() {
    Registration registration = registration("mari.tamm@example.org", true);
    registration.prefer(false, "fr");

    Mail mail = RegistrationMails.promotion(registration).orElseThrow();

    assertThat(mail.subject())
        .isEqualTo("Une place pour vous à l'événement social : Réunion E-Leaders, Bruxelles");
    assertThat(mail.text())
        .startsWith("Bonjour Mari Tamm,")
        .contains("vous n'êtes plus sur la liste d'attente");
  }

  @Test
  void writesInEnglishForAnyOtherLanguage() {
    Registration registration = registration("mari.tamm@example.org", false);
    registration.prefer(false, "de");

    Mail mail = RegistrationMails.confirmation(registration, null, null, NOW).orElseThrow();

    assertThat(mail.subject()).startsWith("Registration received: ");
    assertThat(mail.text()).contains("Social event: not requested");
  }

  @Test
  void writesOneAllDayEventPerDayWithEscapedTexts() {
    String ics = MeetingCalendar.ics(registration("mari.tamm@example.org", false), null, NOW);

    assertThat(ics)
        .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
        .endsWith("END:VCALENDAR\r\n")
        .contains("SUMMARY:Réunion E-Leaders\\, Bruxelles\r\n")
        .contains("LOCATION:OECD\\; Conference Centre\\, Brussels\r\n")
        .contains("DTSTAMP:20190801T100000Z\r\n")
        .contains("UID:e-leaders-test-20190919@plenary\r\n");
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
  }

  @Test
  void runsEachDayFromItsHoursOrItsSessionsAsPublishedInUtc() {
    Meeting published = meeting();
    published.getDays().get(0).schedule(item("Opening", 9, 0, 10, 30));
    published.getDays().get(0).schedule(item("Wrap-up", 16, 0, 17, 30));
    published.getDays().get(1).keepHours(LocalTime.of(9, 30), LocalTime.of(13, 0));
    Registration registration = registration("mari.tamm@example.org", false);

    String ics = MeetingCalendar.ics(registration, published, NOW);

    assertThat(ics)
        .as("Brussels in September is UTC+2")
        .contains("DTSTART:20190919T070000Z\r\nDTEND:20190919T153000Z\r\n")
        .contains("DTSTART:20190920T073000Z\r\nDTEND:20190920T110000Z\r\n")
        .doesNotContain("VALUE=DATE");
    assertThat(MeetingCalendar.ics(registration, meeting(), NOW))
        .as("a day without hours or sessions is all day")
        .contains("DTSTART;VALUE=DATE:20190919\r\nDTEND;VALUE=DATE:20190920\r\n");
  }

  @Test
  void theSocialEventIsAnEventOfItsOwnForThoseWithASeatAndNoPartOfTheDay() {
    Meeting published = meeting();
    published.getDays().get(0).schedule(item("Closure of Day 1", 17, 30, 17, 45));
    published
        .getDays()
        .get(0)
        .schedule(
            new AgendaItem(
                ItemKind.SOCIAL_EVENT,
                null,
                "Social event",
                LocalTime.of(18, 0),
                LocalTime.of(22, 0),
                null));
    Registration seated = registration("mari.tamm@example.org", true);
    seated.takeSeat();

    String ics = MeetingCalendar.ics(seated, published, NOW);

    assertThat(ics)
        .contains("DTSTART:20190919T153000Z\r\nDTEND:20190919T154500Z\r\n")
        .contains(
            "UID:e-leaders-test-20190919-social@plenary\r\nDTSTAMP:20190801T100000Z\r\n"
                + "DTSTART:20190919T160000Z\r\nDTEND:20190919T200000Z\r\n"
                + "SUMMARY:Social event – Réunion E-Leaders\\, Bruxelles\r\n");
    Registration waiting = registration("mari.tamm@example.org", true);
    waiting.waitWithTicket(3);
    assertThat(MeetingCalendar.ics(waiting, published, NOW)).doesNotContain("-social@plenary");
  }

  private static AgendaItem item(String title, int h1, int m1, int h2, int m2) {
    return new AgendaItem(
        ItemKind.OTHER, null, title, LocalTime.of(h1, m1), LocalTime.of(h2, m2), null);
  }

  @Test
  void addsTheDaysOfEachSideMeetingChosen() {
    Meeting main = meeting();
    Meeting side =
        new Meeting(
            "going-digital-test",
            "Going Digital: making the transformation work for growth and well-being, a side"
                + " meeting",
            DAY_2,
            DAY_2,
            ZoneId.of("Europe/Brussels"),
            new Venue("OECD", List.of(), "Brussels"));
    side.addDay(DAY_2, "Side day", Audience.everyone())
        .schedule(
            new AgendaItem(
                ItemKind.OTHER, null, "Opening", LocalTime.of(9, 0), LocalTime.of(10, 0), null));
    side.attachTo(main);
    side.publishAgenda("V1", NOW);
    Registration registration =
        Registration.register(
            main,
            new Person("Mari Tamm", null, "mari.tamm@example.org", null),
            new Choices(
                Set.of(DAY_1), Set.of("going-digital-test"), false, null, null, Attendance.REMOTE),
            NOW);

    String ics = MeetingCalendar.ics(registration, null, NOW);

    assertThat(ics)
        .contains("UID:e-leaders-test-20190919@plenary\r\n")
        .doesNotContain("UID:e-leaders-test-20190920@plenary")
        .contains("UID:going-digital-test-20190920@plenary\r\n")
        .contains(
            "SUMMARY:Going Digital: making the transformation work for growth and well-b\r\n"
                + " eing\\, a side meeting\r\n");
    assertThat(ics.split("\r\n"))
        .as("lines folded at 75 octets (RFC 5545)")
        .allSatisfy(
            line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
  }

  @Test
  void foldsLongLinesWithoutSplittingACharacter() {
    StringBuilder ics = new StringBuilder();
    MeetingCalendar.line(ics, "SUMMARY:" + "é".repeat(60));

    String[] lines = ics.toString().split("\r\n");
    assertThat(lines[0].getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(75);
    assertThat(lines[1]).startsWith(" é");
    assertThat(String.join("", lines).replace(" é", "é")).isEqualTo("SUMMARY:" + "é".repeat(60));
  }

  private static Registration registration(String email, boolean socialEvent) {
    return Registration.register(
        meeting(),
        new Person("Mari Tamm", null, email, null),
        new Choices(
            Set.of(DAY_1, DAY_2), Set.of(), socialEvent, "Végétarien", null, Attendance.IN_PERSON),
        NOW);
  }

  private static Meeting meeting() {
    Meeting meeting =
        new Meeting(
            "e-leaders-test",
            "Réunion E-Leaders, Bruxelles",
            DAY_1,
            DAY_2,
            ZoneId.of("Europe/Brussels"),
            new Venue("OECD; Conference Centre", List.of(), "Brussels"));
    meeting.addDay(DAY_1, "Day 1", Audience.everyone());
    meeting.addDay(DAY_2, "Day 2", Audience.everyone());
    return meeting;
  }
}
