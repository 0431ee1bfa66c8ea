package org.plenary.agenda.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;
import org.plenary.core.people.domain.OrganisationCategory;

class MeetingTest {
  private static final LocalDate SEP_19 = LocalDate.of(2019, 9, 19);
  private static final LocalDate SEP_20 = LocalDate.of(2019, 9, 20);

  private static Meeting meeting(String slug, LocalDate start, LocalDate end) {
    return new Meeting(
        slug,
        "E-Leaders 2019",
        start,
        end,
        ZoneId.of("Europe/Brussels"),
        new Venue("BOSA", List.of("Boulevard Simon Bolivar 30", "1000 Brussels"), "Brussels"));
  }

  private static AgendaItem item(String title, int fromHour, int toHour) {
    return new AgendaItem(
        ItemKind.OTHER, null, title, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0), null);
  }

  private static Rule ruleOf(Throwable thrown) {
    return ((AgendaRuleViolation) thrown).rule();
  }

  @Test
  void refusesAMeetingThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> meeting("e-leaders-2019", SEP_20, SEP_19))
        .isInstanceOf(AgendaRuleViolation.class)
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.MEETING_ENDS_BEFORE_IT_STARTS));
  }

  @Test
  void refusesASlugThatIsNotLowerCaseWordsJoinedByHyphens() {
    assertThatThrownBy(() -> meeting("E-Leaders 2019", SEP_19, SEP_20))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.INVALID_SLUG));
  }

  @Test
  void refusesAnUnknownTimeZone() {
    assertThatThrownBy(() -> Meeting.timeZone("Europe/Atlantis"))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.UNKNOWN_TIME_ZONE));
  }

  @Test
  void refusesADayOutsideTheMeetingsDates() {
    Meeting meeting = meeting("e-leaders-2019", SEP_19, SEP_20);

    assertThatThrownBy(() -> meeting.addDay(SEP_19.minusDays(1), "Day 0", Audience.everyone()))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.DAY_OUTSIDE_MEETING));
    assertThatThrownBy(() -> meeting.addDay(SEP_20.plusDays(1), "Day 3", Audience.everyone()))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.DAY_OUTSIDE_MEETING));
  }

  @Test
  void refusesToPlanTheSameDateTwice() {
    Meeting meeting = meeting("e-leaders-2019", SEP_19, SEP_20);
    meeting.addDay(SEP_19, "Day 1", Audience.everyone());

    assertThatThrownBy(() -> meeting.addDay(SEP_19, "Day 1 again", Audience.everyone()))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.DAY_PLANNED_TWICE));
  }

  @Test
  void keepsDaysInDateOrderWhateverTheOrderTheyArePlannedIn() {
    Meeting meeting = meeting("e-leaders-2019", SEP_19, SEP_20);
    meeting.addDay(SEP_20, "Day 2", Audience.everyone());
    meeting.addDay(SEP_19, "Day 1", Audience.everyone());

    assertThat(meeting.getDays())
        .extracting(MeetingDay::getLabel)
        .containsExactly("Day 1", "Day 2");
  }

  @Test
  void acceptsASideMeetingWithinTheMainMeetingsDates() {
    Meeting main = meeting("e-leaders-2019", SEP_19, SEP_20);
    Meeting side = meeting("going-digital-2019", SEP_19, SEP_19);

    side.attachTo(main);

    assertThat(side.isSideMeeting()).isTrue();
    assertThat(side.getMainMeeting()).isEqualTo(main);
    assertThat(main.getSideMeetings()).containsExactly(side);
  }

  @Test
  void refusesASideMeetingOutsideTheMainMeetingsDates() {
    Meeting main = meeting("e-leaders-2019", SEP_19, SEP_20);
    Meeting side = meeting("going-digital-2019", SEP_19.minusDays(1), SEP_19);

    assertThatThrownBy(() -> side.attachTo(main))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.SIDE_MEETING_OUTSIDE_MAIN_MEETING));
    assertThat(main.getSideMeetings()).isEmpty();
  }

  @Test
  void refusesASideMeetingOfASideMeeting() {
    Meeting main = meeting("e-leaders-2019", SEP_19, SEP_20);
    Meeting side = meeting("going-digital-2019", SEP_19, SEP_19);
    side.attachTo(main);
    Meeting sideOfSide = meeting("coffee-2019", SEP_19, SEP_19);

    assertThatThrownBy(() -> sideOfSide.attachTo(side))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.SIDE_MEETING_OF_A_SIDE_MEETING));
  }

  @Test
  void refusesASessionNumberUsedOnAnotherDayOfTheSameMeeting() {
    Meeting meeting = meeting("e-leaders-2019", SEP_19, SEP_20);
    meeting
        .addDay(SEP_19, "Day 1", Audience.everyone())
        .schedule(
            new AgendaItem(
                ItemKind.SESSION,
                1,
                "Governance",
                LocalTime.of(12, 45),
                LocalTime.of(13, 45),
                null));
    MeetingDay day2 = meeting.addDay(SEP_20, "Day 2", Audience.everyone());

    assertThatThrownBy(
            () ->
                day2.schedule(
                    new AgendaItem(
                        ItemKind.SESSION,
                        1,
                        "Reviews",
                        LocalTime.of(9, 30),
                        LocalTime.of(11, 0),
                        null)))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.SESSION_NUMBER_TAKEN));
  }

  @Test
  void publishesTheAgendaUnderItsVersionLabel() {
    Meeting meeting = meeting("e-leaders-2019", SEP_19, SEP_20);
    meeting.addDay(SEP_19, "Day 1", Audience.everyone()).schedule(item("Registration", 11, 12));
    Instant now = Instant.parse("2019-07-19T10:00:00Z");

    meeting.publishAgenda("V20190719", now);

    assertThat(meeting.getAgendaStatus()).isEqualTo(AgendaStatus.PUBLISHED);
    assertThat(meeting.getAgendaLabel()).isEqualTo("V20190719");
    assertThat(meeting.getAgendaPublishedAt()).isEqualTo(now);
  }

  @Test
  void refusesToPublishAnAgendaWithoutItems() {
    Meeting meeting = meeting("e-leaders-2019", SEP_19, SEP_20);
    meeting.addDay(SEP_19, "Day 1", Audience.everyone());

    assertThatThrownBy(() -> meeting.publishAgenda("V20190719", Instant.EPOCH))
        .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(Rule.EMPTY_AGENDA));
    assertThat(meeting.isPublished()).isFalse();
  }

  @Test
  void givesEachItemItsDaysAudienceUnlessTheItemHasItsOwn() {
    Meeting meeting = meeting("e-leaders-2019", SEP_19, SEP_20);
    Audience delegatesOnly =
        Audience.onlyFor("Delegates only", OrganisationCategory.OECD_MEMBER_DELEGATION);
    MeetingDay day = meeting.addDay(SEP_20, "Day 2", delegatesOnly);
    AgendaItem session = day.schedule(item("Session 4", 9, 11));
    AgendaItem lunch = day.schedule(item("Buffet Lunch", 12, 13));
    lunch.restrictAudience(Audience.everyone());

    assertThat(session.getAudience()).isEqualTo(delegatesOnly);
    assertThat(session.getAudience().admits(OrganisationCategory.PRIVATE_SECTOR)).isFalse();
    assertThat(lunch.getAudience().admits(OrganisationCategory.PRIVATE_SECTOR)).isTrue();
  }
}
