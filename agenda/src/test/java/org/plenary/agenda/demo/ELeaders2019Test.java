package org.plenary.agenda.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.AgendaRole;
import org.plenary.agenda.meetings.domain.ItemKind;
import org.plenary.agenda.meetings.domain.ItemStep;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.MeetingDay;
import org.plenary.agenda.meetings.domain.RoleKind;
import org.plenary.agenda.meetings.domain.SessionFormat;
import org.plenary.core.people.domain.OrganisationCategory;

/** Checks the demo meetings against the draft agenda V20190719 they are taken from. */
class ELeaders2019Test {
  private static String reference;
  private static Meeting meeting;
  private static Meeting goingDigital;

  @BeforeAll
  static void planBothMeetingsAndReadTheReference() throws IOException {
    meeting = ELeaders2019.meeting().draft(null);
    goingDigital = ELeaders2019.goingDigital().draft(meeting);
    try (InputStream in =
        ELeaders2019Test.class.getResourceAsStream("e-leaders-2019-draft-agenda.txt")) {
      reference = plainText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** The reference without its Markdown: links, bold and italics, angle-bracketed addresses. */
  private static String plainText(String markdown) {
    return markdown
        .replaceAll("\\[([^\\]]*)\\]\\(#\\)", "$1")
        .replace("**", "")
        .replaceAll("\\*([^*]+)\\*", "$1")
        .replaceAll("<(https?://[^>]+)>", "$1");
  }

  private static LocalTime t(String time) {
    return LocalTime.parse(time);
  }

  private static AgendaItem session(Meeting meeting, int number) {
    return meeting.getItems().stream()
        .filter(item -> Integer.valueOf(number).equals(item.getSessionNumber()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void holdsTheMeetingInBrusselsOnNineteenthAndTwentiethSeptember2019() {
    assertThat(meeting.getSlug()).isEqualTo("e-leaders-2019");
    assertThat(meeting.getTitle()).isEqualTo("E-Leaders 2019");
    assertThat(meeting.getTheme()).isEqualTo("Towards Service-Oriented Governance");
    assertThat(meeting.getBody())
        .isEqualTo("Meeting of the OECD Working Party of Senior Digital Government Officials");
    assertThat(meeting.getStartDate()).isEqualTo(LocalDate.of(2019, 9, 19));
    assertThat(meeting.getEndDate()).isEqualTo(LocalDate.of(2019, 9, 20));
    assertThat(meeting.getTimeZone()).isEqualTo(ZoneId.of("Europe/Brussels"));
    assertThat(meeting.getVenue().getName()).isEqualTo("BOSA – FPS Policy and Support");
    assertThat(meeting.getVenue().getAddressLines())
        .containsExactly("Boulevard Simon Bolivar 30", "1000 Brussels");
    assertThat(meeting.getVenue().getCity()).isEqualTo("Brussels");
    assertThat(meeting.getParagraphs()).hasSize(5);
  }

  @Test
  void schedulesEveryItemOfDayOneAtItsTime() {
    MeetingDay day1 = meeting.getDays().get(0);

    assertThat(day1.getLabel()).isEqualTo("Day 1");
    assertThat(day1.getItems())
        .extracting(
            AgendaItem::getStart, AgendaItem::getEnd, AgendaItem::getKind, AgendaItem::getTitle)
        .containsExactly(
            tuple(t("11:00"), t("12:00"), ItemKind.REGISTRATION, "Registration and Light Lunch"),
            tuple(t("12:00"), t("12:45"), ItemKind.OPENING_REMARKS, "Opening Remarks"),
            tuple(
                t("12:45"),
                t("13:45"),
                ItemKind.SESSION,
                "Towards new governance models for enhanced digital maturity and user-driven"
                    + " service delivery"),
            tuple(
                t("13:45"),
                t("15:15"),
                ItemKind.SESSION,
                "Framing and detailing the facets of a sound governance framework"),
            tuple(t("15:15"), t("15:30"), ItemKind.BREAK, "Coffee Break"),
            tuple(
                t("15:30"),
                t("17:00"),
                ItemKind.SESSION,
                "Strengthening service-oriented governance through a data-driven public sector"),
            tuple(
                t("17:00"),
                t("17:30"),
                ItemKind.WRAP_UP,
                "Wrap-up session: governing the transformation of governments"),
            tuple(t("17:30"), t("17:45"), ItemKind.CLOSING_REMARKS, "Closure of Day 1"),
            tuple(t("18:00"), t("22:00"), ItemKind.SOCIAL_EVENT, "Social Event"));
  }

  @Test
  void schedulesEveryItemOfDayTwoAtItsTime() {
    MeetingDay day2 = meeting.getDays().get(1);

    assertThat(day2.getLabel()).isEqualTo("Day 2");
    assertThat(day2.getItems())
        .extracting(
            AgendaItem::getStart, AgendaItem::getEnd, AgendaItem::getKind, AgendaItem::getTitle)
        .containsExactly(
            tuple(t("09:00"), t("09:30"), ItemKind.OPENING_REMARKS, "Opening Remarks"),
            tuple(t("09:30"), t("11:00"), ItemKind.SESSION, "Digital Government Reviews"),
            tuple(t("11:00"), t("12:30"), ItemKind.SESSION, "Delegates feedback session"),
            tuple(t("12:30"), t("13:30"), ItemKind.MEAL, "Buffet Lunch"),
            tuple(t("13:30"), t("15:30"), ItemKind.SESSION, "OECD Digital Government Indicators"),
            tuple(t("15:30"), t("16:00"), ItemKind.CLOSING_REMARKS, "Closing Session"));
  }

  @Test
  void numbersSessionsOneToThreeOnDayOneAndFourToSixOnDayTwo() {
    assertThat(meeting.getDays().get(0).getSessions())
        .extracting(AgendaItem::getSessionNumber)
        .containsExactly(1, 2, 3);
    assertThat(meeting.getDays().get(1).getSessions())
        .extracting(AgendaItem::getSessionNumber)
        .containsExactly(4, 5, 6);
  }

  @Test
  void asksEveryKeyQuestionOfEachSession() {
    assertThat(Stream.of(1, 2, 3, 4, 5, 6).map(n -> session(meeting, n).getKeyQuestions().size()))
        .containsExactly(4, 3, 4, 0, 0, 0);
    assertThat(session(meeting, 2).getKeyQuestions().get(1))
        .startsWith("How can governments shift from an ICT procurement to an ICT Commissioning");
  }

  @Test
  void runsEachSessionInTheFormatTheAgendaGives() {
    assertThat(session(meeting, 2).getFormat()).isEqualTo(SessionFormat.INTERACTIVE_GROUPS);
    assertThat(session(meeting, 4).getFormat()).isEqualTo(SessionFormat.WORLD_CAFE);
    assertThat(session(meeting, 5).getFormat()).isEqualTo(SessionFormat.DELEGATES_FEEDBACK);
    assertThat(meeting.getDays().get(0).getItems().get(6).getFormat())
        .isEqualTo(SessionFormat.MODERATED_CONVERSATION);
  }

  @Test
  void givesTheOpeningAndClosingRemarksTheirSpeakersInOrder() {
    List<AgendaItem> day1 = meeting.getDays().get(0).getItems();
    List<AgendaItem> day2 = meeting.getDays().get(1).getItems();

    assertThat(day1.get(1).getRoles())
        .extracting(AgendaRole::getKind)
        .containsExactly(
            RoleKind.HOST_COUNTRY_REPRESENTATIVE, RoleKind.SECRETARIAT, RoleKind.CHAIR);
    assertThat(day1.get(7).getRoles())
        .extracting(AgendaRole::getLabel)
        .containsExactly("OECD Secretariat", "Host country representative");
    assertThat(day2.get(0).getRoles())
        .extracting(AgendaRole::getKind)
        .containsExactly(
            RoleKind.CHAIR, RoleKind.SECRETARIAT, RoleKind.HOST_COUNTRY_REPRESENTATIVE);
    assertThat(day2.get(5).getRoles())
        .extracting(AgendaRole::getKind)
        .containsExactly(
            RoleKind.CHAIR, RoleKind.SECRETARIAT, RoleKind.HOST_COUNTRY_REPRESENTATIVE);
  }

  @Test
  void takesTheSocialEventByBusAndBack() {
    AgendaItem social = meeting.getDays().get(0).getItems().get(8);

    assertThat(social.getSteps())
        .extracting(ItemStep::getTime, ItemStep::getLabel)
        .containsExactly(
            tuple(t("18:00"), "Bus departs"),
            tuple(t("20:00"), "Dinner"),
            tuple(t("22:00"), "Bus returns to Brussels"));
  }

  @Test
  void opensDayOneWidelyAndDayTwoOnlyToDelegates() {
    MeetingDay day1 = meeting.getDays().get(0);
    MeetingDay day2 = meeting.getDays().get(1);

    assertThat(day1.getAudience().admits(OrganisationCategory.PRIVATE_SECTOR)).isTrue();
    assertThat(day1.getAudience().admits(OrganisationCategory.INTERNATIONAL_ORGANISATION)).isTrue();
    assertThat(day1.getAudience().getNote()).startsWith("Day 1 will be open to delegates");
    assertThat(day1.getNote()).startsWith("NB: Between 9h00 and 11h00, a back-to-back meeting");
    assertThat(day2.getAudience().getCategories())
        .containsExactlyInAnyOrder(
            OrganisationCategory.OECD_MEMBER_DELEGATION,
            OrganisationCategory.NON_MEMBER_DELEGATION);
    assertThat(day2.getAudience().getNote()).startsWith("Day 2 (sessions 4, 5 and 6)");
    assertThat(day2.getNote()).isNull();
  }

  @Test
  void holdsGoingDigitalOnTheMorningOfDayOneAsASideMeetingChairedBySiimSikkut() {
    assertThat(goingDigital.getSlug()).isEqualTo("going-digital-2019");
    assertThat(goingDigital.getMainMeeting()).isEqualTo(meeting);
    assertThat(meeting.getSideMeetings()).containsExactly(goingDigital);
    assertThat(goingDigital.getRoles())
        .extracting(AgendaRole::getKind, AgendaRole::getLabel)
        .containsExactly(
            tuple(
                RoleKind.CHAIR,
                "Siim Sikkut, Chair of the Working Party of Senior Digital Government Officials"
                    + " (E-Leaders)"));
    assertThat(goingDigital.getDays())
        .singleElement()
        .satisfies(
            day -> {
              assertThat(day.getDate()).isEqualTo(LocalDate.of(2019, 9, 19));
              assertThat(day.getAudience().getNote())
                  .isEqualTo("All country delegates are invited to participate.");
            });
    assertThat(goingDigital.getItems())
        .extracting(
            AgendaItem::getStart,
            AgendaItem::getEnd,
            AgendaItem::getTitle,
            i -> i.getRoles().size(),
            i -> i.getKeyQuestions().size())
        .containsExactly(
            tuple(t("09:00"), t("09:15"), "Welcome and Opening Remarks", 2, 0),
            tuple(t("09:15"), t("09:30"), "Going Digital Phase I: Main results", 2, 0),
            tuple(t("09:30"), t("10:10"), "Going Digital I to II: Looking ahead", 5, 0),
            tuple(t("10:10"), t("10:55"), "Open Discussion", 1, 3),
            tuple(t("10:55"), t("11:00"), "Concluding Remarks from the moderator", 1, 0));
  }

  @Test
  void takesEveryTextWordForWordFromTheReference() {
    List<String> texts = new ArrayList<>();
    for (Meeting m : List.of(meeting, goingDigital)) {
      texts.addAll(m.getParagraphs());
      for (MeetingDay day : m.getDays()) {
        texts.add(day.getAudience().getNote());
        if (day.getNote() != null) {
          texts.add(day.getNote());
        }
        for (AgendaItem item : day.getItems()) {
          texts.add(item.getTitle());
          texts.addAll(item.getParagraphs());
          texts.addAll(item.getKeyQuestions());
          item.getSteps().forEach(step -> texts.add(step.getLabel()));
        }
      }
    }

    assertThat(texts)
        .hasSizeGreaterThan(60)
        .allSatisfy(text -> assertThat(reference).contains(text));
  }
}
