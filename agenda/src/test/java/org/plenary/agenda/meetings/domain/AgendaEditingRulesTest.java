package org.plenary.agenda.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;
import org.plenary.core.shared.NotFoundException;

/** The rules every edit of an agenda is checked against, each with its code, field and item. */
class AgendaEditingRulesTest {
  private static final LocalDate MAY_12 = LocalDate.of(2026, 5, 12);
  private static final LocalDate MAY_13 = LocalDate.of(2026, 5, 13);
  private static final long KIM = 7L;

  private final Meeting meeting =
      new Meeting(
          "e-leaders-2026",
          "E-Leaders 2026",
          MAY_12,
          MAY_13,
          ZoneId.of("Asia/Seoul"),
          new Venue("Government Complex", List.of("209 Sejong-daero"), "Seoul"));
  private final MeetingDay day1 = meeting.addDay(MAY_12, "Day 1", Audience.everyone());
  private final MeetingDay day2 = meeting.addDay(MAY_13, "Day 2", Audience.everyone());

  private static LocalTime at(String time) {
    return LocalTime.parse(time);
  }

  private static AgendaItem item(String title, String from, String to, String room) {
    return new AgendaItem(ItemKind.OTHER, null, title, at(from), at(to), room);
  }

  private static AgendaItem session(int number, String title, String from, String to) {
    return new AgendaItem(ItemKind.SESSION, number, title, at(from), at(to), null);
  }

  private static AgendaRuleViolation violation(ThrowingCallable edit) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(edit);
    assertThat(thrown).isInstanceOf(AgendaRuleViolation.class);
    return (AgendaRuleViolation) thrown;
  }

  @Test
  void givesEachNewItemAKeyThatIsNeverReused() {
    AgendaItem first = day1.schedule(item("Registration", "09:00", "10:00", null));
    meeting.removeItem(first.getKey());
    AgendaItem second = day1.schedule(item("Registration", "09:00", "10:00", null));

    assertThat(first.getKey()).isEqualTo("i1");
    assertThat(second.getKey()).isEqualTo("i2");
  }

  @Test
  void refusesAnItemThatEndsBeforeItStartsOnTheEndField() {
    AgendaRuleViolation violation = violation(() -> item("Lunch", "13:00", "12:00", null));

    assertThat(violation.rule()).isEqualTo(Rule.ITEM_ENDS_BEFORE_IT_STARTS);
    assertThat(violation.field()).isEqualTo("end");
  }

  @Test
  void refusesAMoveThatEndsBeforeItStarts() {
    String key = day1.schedule(item("Lunch", "12:00", "13:00", null)).getKey();

    AgendaRuleViolation violation =
        violation(() -> meeting.moveItem(key, MAY_12.atTime(14, 0), MAY_12.atTime(13, 0)));

    assertThat(violation.rule()).isEqualTo(Rule.ITEM_ENDS_BEFORE_IT_STARTS);
    assertThat(violation.itemKey()).isEqualTo(key);
  }

  @Test
  void refusesAnItemOutsideItsDaysHours() {
    day1.keepHours(at("08:00"), at("20:00"));

    AgendaRuleViolation early =
        violation(() -> day1.schedule(item("Breakfast", "07:00", "08:30", null)));
    AgendaRuleViolation late =
        violation(() -> day1.schedule(item("Dinner", "19:00", "21:00", null)));

    assertThat(early.rule()).isEqualTo(Rule.ITEM_OUTSIDE_DAY);
    assertThat(early.field()).isEqualTo("start");
    assertThat(late.rule()).isEqualTo(Rule.ITEM_OUTSIDE_DAY);
    assertThat(late.field()).isEqualTo("end");
  }

  @Test
  void refusesAMoveOverMidnightOrToADateThatIsNotADayOfTheMeeting() {
    String key = day1.schedule(item("Social event", "18:00", "22:00", null)).getKey();

    AgendaRuleViolation overMidnight =
        violation(() -> meeting.moveItem(key, MAY_12.atTime(22, 0), MAY_13.atTime(1, 0)));
    AgendaRuleViolation noSuchDay =
        violation(
            () ->
                meeting.moveItem(
                    key,
                    LocalDateTime.of(2026, 5, 14, 18, 0),
                    LocalDateTime.of(2026, 5, 14, 22, 0)));

    assertThat(overMidnight.rule()).isEqualTo(Rule.ITEM_OUTSIDE_DAY);
    assertThat(overMidnight.field()).isEqualTo("end");
    assertThat(noSuchDay.rule()).isEqualTo(Rule.ITEM_OUTSIDE_DAY);
    assertThat(noSuchDay.field()).isEqualTo("date");
  }

  @Test
  void refusesHoursThatWouldLeaveAnItemOutsideTheDay() {
    day1.schedule(item("Social event", "18:00", "22:00", null));

    AgendaRuleViolation violation = violation(() -> day1.keepHours(at("08:00"), at("20:00")));

    assertThat(violation.rule()).isEqualTo(Rule.ITEM_OUTSIDE_DAY);
    assertThat(violation.field()).isEqualTo("closesAt");
    assertThat(day1.getClosesAt()).isNull();
  }

  @Test
  void runsBreakoutGroupsInParallelInDifferentRooms() {
    day1.schedule(item("Group A", "13:45", "15:15", "Room A"));
    day1.schedule(item("Group B", "13:45", "15:15", "Room B"));

    assertThat(day1.getItems()).extracting(AgendaItem::getRoom).containsExactly("Room A", "Room B");
    assertThat(meeting.getRooms()).containsExactly("Room A", "Room B");
  }

  @Test
  void refusesOverlappingItemsInTheSameRoomNamingTheOtherItem() {
    String groupA = day1.schedule(item("Group A", "13:45", "15:15", "Room A")).getKey();

    AgendaRuleViolation violation =
        violation(() -> day1.schedule(item("Group C", "15:00", "16:00", "room a")));

    assertThat(violation.rule()).isEqualTo(Rule.ITEMS_CLASH);
    assertThat(violation.field()).isEqualTo("room");
    assertThat(violation.arguments()).containsEntry("otherItem", groupA);
  }

  @Test
  void refusesAnItemForTheWholeVenueWhileAnotherItemRuns() {
    day1.schedule(item("Group A", "13:45", "15:15", "Room A"));

    assertThat(violation(() -> day1.schedule(item("Coffee", "15:00", "15:30", null))).rule())
        .isEqualTo(Rule.ITEMS_CLASH);
  }

  @Test
  void refusesAMoveOntoAnotherItemAndLeavesTheAgendaAsItWas() {
    day1.schedule(item("Session", "09:00", "10:00", null));
    AgendaItem coffee = day1.schedule(item("Coffee", "10:00", "10:30", null));

    assertThat(
            violation(
                    () ->
                        meeting.moveItem(
                            coffee.getKey(), MAY_12.atTime(9, 30), MAY_12.atTime(10, 0)))
                .rule())
        .isEqualTo(Rule.ITEMS_CLASH);
    assertThat(meeting.item(coffee.getKey()).getStart()).isEqualTo(at("10:00"));
  }

  @Test
  void refusesTheSamePersonInTwoPlacesAtOnce() {
    AgendaItem groupA = item("Group A", "13:45", "15:15", "Room A");
    groupA.assign(new AgendaRole(RoleKind.MODERATOR, "Ms Kim", null, KIM));
    String groupAKey = day1.schedule(groupA).getKey();
    AgendaItem groupB = item("Group B", "14:30", "15:15", "Room B");
    groupB.assign(new AgendaRole(RoleKind.SPEAKER, "Ms Kim", null, KIM));

    AgendaRuleViolation violation = violation(() -> day1.schedule(groupB));

    assertThat(violation.rule()).isEqualTo(Rule.PERSON_IN_TWO_PLACES);
    assertThat(violation.field()).isEqualTo("roles");
    assertThat(violation.arguments())
        .containsEntry("person", "7")
        .containsEntry("otherItem", groupAKey);
  }

  @Test
  void letsAPersonPlayPartsInItemsOneAfterTheOther() {
    AgendaItem morning = item("Opening", "09:00", "09:30", null);
    morning.assign(new AgendaRole(RoleKind.CHAIR, "Chair", null, KIM));
    AgendaItem closing = item("Closing", "15:30", "16:00", null);
    closing.assign(new AgendaRole(RoleKind.CHAIR, "Chair", null, KIM));

    day1.schedule(morning);
    day1.schedule(closing);

    assertThat(day1.getItems()).hasSize(2);
  }

  @Test
  void refusesADayOutsideTheMeetingsDatesOnTheDateField() {
    AgendaRuleViolation violation =
        violation(() -> meeting.addDay(LocalDate.of(2026, 5, 14), "Day 3", Audience.everyone()));

    assertThat(violation.rule()).isEqualTo(Rule.DAY_OUTSIDE_MEETING);
    assertThat(violation.field()).isEqualTo("date");
  }

  @Test
  void refusesNewDatesThatWouldLeaveAPlannedDayOutside() {
    AgendaRuleViolation violation = violation(() -> meeting.reschedule(MAY_13, MAY_13));

    assertThat(violation.rule()).isEqualTo(Rule.DAY_OUTSIDE_MEETING);
    assertThat(violation.field()).isEqualTo("startDate");
    assertThat(meeting.getStartDate()).isEqualTo(MAY_12);
  }

  @Test
  void splitsASessionIntoABlockThatContinuesAfterABreak() {
    String key = day1.schedule(session(1, "Governance", "09:00", "11:00")).getKey();

    AgendaItem continued = meeting.splitSession(key, at("10:00"), MAY_12, at("10:45"), at("11:45"));
    day1.schedule(item("Coffee break", "10:15", "10:45", null));

    AgendaItem first = meeting.item(key);
    assertThat(first.getEnd()).isEqualTo(at("10:00"));
    assertThat(first.isContinued()).isFalse();
    assertThat(continued.getSessionNumber()).isEqualTo(1);
    assertThat(continued.isContinued()).isTrue();
    assertThat(continued.getTitle()).isEqualTo("Governance");
    assertThat(day1.getItems())
        .extracting(AgendaItem::getTitle)
        .containsExactly("Governance", "Coffee break", "Governance");
  }

  @Test
  void refusesToSplitAnythingButASessionOrOutsideIt() {
    String coffee = day1.schedule(item("Coffee", "10:00", "10:30", null)).getKey();
    String session = day1.schedule(session(1, "Governance", "11:00", "12:00")).getKey();

    assertThat(
            violation(
                    () ->
                        meeting.splitSession(coffee, at("10:15"), MAY_12, at("13:00"), at("14:00")))
                .rule())
        .isEqualTo(Rule.NOT_A_SESSION);
    assertThat(
            violation(
                    () ->
                        meeting.splitSession(
                            session, at("12:00"), MAY_12, at("13:00"), at("14:00")))
                .rule())
        .isEqualTo(Rule.SPLIT_OUTSIDE_ITEM);
  }

  @Test
  void refusesAContinuedBlockBeforeItsSessionHasStarted() {
    day2.schedule(session(2, "Reviews", "09:00", "10:00"));
    AgendaItem early = session(2, "Reviews", "09:00", "10:00");
    early.continueSession();

    AgendaRuleViolation violation = violation(() -> day1.schedule(early));

    assertThat(violation.rule()).isEqualTo(Rule.CONTINUATION_WITHOUT_SESSION);
    assertThat(violation.field()).isEqualTo("sessionNumber");
  }

  @Test
  void letsParallelGroupsShareTheirSessionsNumberButNotTwoSessionsAtDifferentTimes() {
    AgendaItem groupA =
        new AgendaItem(ItemKind.SESSION, 2, "Group A", at("13:45"), at("15:15"), "A");
    AgendaItem groupB =
        new AgendaItem(ItemKind.SESSION, 2, "Group B", at("13:45"), at("15:15"), "B");
    day1.schedule(groupA);
    day1.schedule(groupB);

    assertThat(violation(() -> day2.schedule(session(2, "Again", "09:00", "10:00"))).rule())
        .isEqualTo(Rule.SESSION_NUMBER_TAKEN);
  }

  @Test
  void revisesAnItemInPlaceKeepingItsKey() {
    String key = day1.schedule(item("Lunch", "12:00", "13:00", null)).getKey();
    AgendaItem revised =
        new AgendaItem(ItemKind.MEAL, null, "Buffet lunch", at("12:30"), at("13:30"), null);
    revised.link(new LinkedDocument("Menu", "https://example.org/menu"));

    meeting.place(revised, MAY_13, key);

    assertThat(day1.getItems()).isEmpty();
    AgendaItem now = meeting.item(key);
    assertThat(now.getTitle()).isEqualTo("Buffet lunch");
    assertThat(now.getDay()).isEqualTo(day2);
    assertThat(now.getDocuments()).extracting(LinkedDocument::getTitle).containsExactly("Menu");
  }

  @Test
  void movesAnItemsStepsWithIt() {
    AgendaItem social = item("Social event", "18:00", "22:00", null);
    social.planStep(ItemStep.at(18, 0, "Bus departs"));
    social.planStep(ItemStep.at(22, 0, "Bus returns"));
    String key = day1.schedule(social).getKey();

    AgendaItem moved = meeting.moveItem(key, MAY_13.atTime(17, 0), MAY_13.atTime(21, 0));

    assertThat(moved.getDay()).isEqualTo(day2);
    assertThat(moved.getSteps())
        .extracting(ItemStep::getTime)
        .containsExactly(at("17:00"), at("21:00"));
  }

  @Test
  void refusesAResizeThatLeavesAStepOutsideTheItem() {
    AgendaItem social = item("Social event", "18:00", "22:00", null);
    social.planStep(ItemStep.at(22, 0, "Bus returns"));
    String key = day1.schedule(social).getKey();

    assertThat(
            violation(() -> meeting.moveItem(key, MAY_12.atTime(18, 0), MAY_12.atTime(21, 0)))
                .rule())
        .isEqualTo(Rule.STEP_OUTSIDE_ITEM);
  }

  @Test
  void refusesALinkThatIsNotAWebAddress() {
    assertThat(violation(() -> new LinkedDocument("Handbook", "file:///etc/passwd")).rule())
        .isEqualTo(Rule.INVALID_LINK);
  }

  @Test
  void renamesARoomOnEveryItemInIt() {
    day1.schedule(item("Group A", "13:45", "15:15", "Room A"));
    day2.schedule(item("Group A again", "09:00", "10:00", "Room A"));

    meeting.renameRoom("Room A", "Jade Hall");

    assertThat(meeting.getRooms()).containsExactly("Jade Hall");
  }

  @Test
  void saysWhichItemIsMissing() {
    assertThatThrownBy(() -> meeting.item("i99")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void copiesAMeetingWithItsStructureShiftedToTheNewDates() {
    AgendaItem session = session(1, "Governance", "09:00", "10:00");
    session.ask("What works?");
    String key = day1.schedule(session).getKey();
    day2.schedule(item("Closing", "15:00", "16:00", null));

    Meeting next =
        meeting.copyAs("e-leaders-2027", "E-Leaders 2027", LocalDate.of(2027, 6, 1), null);

    assertThat(next.getStartDate()).isEqualTo(LocalDate.of(2027, 6, 1));
    assertThat(next.getEndDate()).isEqualTo(LocalDate.of(2027, 6, 2));
    assertThat(next.getDays())
        .extracting(MeetingDay::getDate)
        .containsExactly(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 2));
    assertThat(next.item(key).getKeyQuestions()).containsExactly("What works?");
    assertThat(next.isPublished()).isFalse();
    assertThat(next.getTimeZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
    AgendaItem added = next.getDays().get(0).schedule(item("Coffee", "10:00", "10:30", null));
    assertThat(added.getKey()).isEqualTo("i3");
  }

  @Test
  void removesTheContinuedBlocksWithTheFirstBlockOfASplitSession() {
    String key = day1.schedule(session(1, "Governance", "09:00", "11:00")).getKey();
    String continued =
        meeting.splitSession(key, at("10:00"), MAY_13, at("09:00"), at("10:00")).getKey();
    String other = day1.schedule(session(2, "Data", "14:00", "15:00")).getKey();

    List<String> removed = meeting.removeItem(key);

    assertThat(removed).containsExactly(key, continued);
    assertThat(meeting.getItems()).extracting(AgendaItem::getKey).containsExactly(other);
  }

  @Test
  void removesOnlyTheContinuedBlockWhenThatIsTheOneRemoved() {
    String key = day1.schedule(session(1, "Governance", "09:00", "11:00")).getKey();
    String continued =
        meeting.splitSession(key, at("10:00"), MAY_12, at("10:30"), at("11:30")).getKey();

    assertThat(meeting.removeItem(continued)).containsExactly(continued);
    assertThat(meeting.item(key).getEnd()).isEqualTo(at("10:00"));
  }

  @Test
  void doesNotCarryDayLabelsThatNameTheOldDatesIntoACopy() {
    Meeting dated =
        new Meeting(
            "forum-2026",
            "Forum 2026",
            MAY_12,
            MAY_13,
            ZoneId.of("Asia/Seoul"),
            new Venue("Government Complex", List.of(), "Seoul"));
    dated.addDay(MAY_12, "Tuesday 12 May", Audience.everyone());
    dated.addDay(MAY_13, "Delegates' day", Audience.everyone());

    Meeting next = dated.copyAs("forum-2027", "Forum 2027", LocalDate.of(2027, 6, 1), null);

    assertThat(next.getDays())
        .extracting(MeetingDay::getLabel)
        .containsExactly("Day 1", "Delegates' day");
  }

  @Test
  void givesACopyItsOwnRolesAudiencesAndVenueObjects() {
    meeting.appoint(AgendaRole.of(RoleKind.CHAIR, "Chair of the meeting"));
    day1.schedule(session(1, "Governance", "09:00", "11:00"));

    Meeting next = meeting.copyAs("next", "Next", LocalDate.of(2027, 6, 1), null);

    // EclipseLink drops an embeddable from one owner when two owners share the instance.
    assertThat(next.getRoles()).hasSize(1);
    assertThat(next.getRoles().get(0)).isNotSameAs(meeting.getRoles().get(0));
    assertThat(next.getRoles().get(0).getLabel()).isEqualTo("Chair of the meeting");
    assertThat(next.getVenue()).isNotSameAs(meeting.getVenue());
    assertThat(next.getVenue().getCity()).isEqualTo(meeting.getVenue().getCity());
    assertThat(next.getDays().get(0).getAudience())
        .isNotSameAs(meeting.getDays().get(0).getAudience());
  }

  @Test
  void recognisesADateInADayLabelInEnglishOrFrench() {
    assertThat(Meeting.mentionsDate("Thursday", LocalDate.of(2019, 9, 19))).isTrue();
    assertThat(Meeting.mentionsDate("Jeudi 19", LocalDate.of(2019, 9, 19))).isTrue();
    assertThat(Meeting.mentionsDate("19 septembre", LocalDate.of(2019, 9, 19))).isTrue();
    assertThat(Meeting.mentionsDate("Day 1 (19/09)", LocalDate.of(2019, 9, 19))).isTrue();
    assertThat(Meeting.mentionsDate("2019-09-19", LocalDate.of(2019, 9, 19))).isTrue();
    assertThat(Meeting.mentionsDate("Day 1", LocalDate.of(2019, 9, 19))).isFalse();
    assertThat(Meeting.mentionsDate("Working Party day", LocalDate.of(2019, 9, 19))).isFalse();
  }
}
