package org.plenary.agenda.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.demo.ELeaders2019;
import org.plenary.agenda.meetings.domain.AgendaChange.Kind;

/** Publishing freezes numbered snapshots; versions are compared item by item in human terms. */
class AgendaVersionsTest {
  private static final Instant JULY_19 = Instant.parse("2019-07-19T08:00:00Z");
  private static final Instant JULY_19_LATE_IN_BRUSSELS = Instant.parse("2019-07-19T22:30:00Z");
  private static final LocalDate DAY_1 = LocalDate.of(2019, 9, 19);
  private static final LocalDate DAY_2 = LocalDate.of(2019, 9, 20);

  private static Meeting eLeaders() {
    return ELeaders2019.meeting().draft(null);
  }

  private static AgendaItem session(Meeting meeting, int number) {
    return meeting.getItems().stream()
        .filter(item -> Integer.valueOf(number).equals(item.getSessionNumber()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void numbersVersionsAndLabelsThemWithThePublishingDateInTheMeetingsTimeZone() {
    Meeting meeting = eLeaders();

    AgendaVersion first = meeting.publishAgenda(null, JULY_19);
    AgendaVersion second = meeting.publishAgenda(" ", JULY_19_LATE_IN_BRUSSELS);
    AgendaVersion third = meeting.publishAgenda("V20190901-final", JULY_19);

    assertThat(first.getNumber()).isEqualTo(1);
    assertThat(first.getLabel()).isEqualTo("V20190719");
    assertThat(second.getNumber()).isEqualTo(2);
    assertThat(second.getLabel()).isEqualTo("V20190720");
    assertThat(third.getLabel()).isEqualTo("V20190901-final");
    assertThat(meeting.getPublishedVersion()).isEqualTo(3);
    assertThat(meeting.getAgendaLabel()).isEqualTo("V20190901-final");
  }

  @Test
  void readsBackTheWholeAgendaFromItsSnapshot() {
    Meeting meeting = eLeaders();
    AgendaVersion version = meeting.publishAgenda("V20190719", JULY_19);

    Meeting published = version.agenda();

    assertThat(AgendaDiff.between(meeting, published)).isEmpty();
    assertThat(published.getItems())
        .extracting(AgendaItem::getKey)
        .isEqualTo(meeting.getItems().stream().map(AgendaItem::getKey).toList());
    assertThat(published.getAgendaLabel()).isEqualTo("V20190719");
    assertThat(published.getPublishedVersion()).isEqualTo(1);
    assertThat(published.getAgendaPublishedAt()).isEqualTo(JULY_19);
    assertThat(published.getDays().get(1).getAudience())
        .isEqualTo(meeting.getDays().get(1).getAudience());
    assertThat(session(published, 1).getKeyQuestions()).hasSize(4);
  }

  @Test
  void keepsThePublishedSnapshotAsItWasWhileTheDraftChanges() {
    Meeting meeting = eLeaders();
    AgendaVersion version = meeting.publishAgenda("V20190719", JULY_19);

    meeting.removeItem(session(meeting, 6).getKey());

    assertThat(version.agenda().getItems()).hasSize(meeting.getItems().size() + 1);
  }

  @Test
  void describesAddedRemovedMovedRetimedAndRetitledItems() {
    Meeting meeting = eLeaders();
    Meeting v1 = meeting.publishAgenda("V1", JULY_19).agenda();
    AgendaItem session1 = session(meeting, 1);
    AgendaItem session4 = session(meeting, 4);
    AgendaItem session6 = session(meeting, 6);
    AgendaItem wrapUp =
        meeting.getItems().stream()
            .filter(item -> item.getKind() == ItemKind.WRAP_UP)
            .findFirst()
            .orElseThrow();

    meeting.removeItem(session6.getKey());
    meeting.moveItem(wrapUp.getKey(), DAY_2.atTime(13, 30), DAY_2.atTime(14, 0));
    meeting.moveItem(session4.getKey(), DAY_2.atTime(9, 30), DAY_2.atTime(10, 45));
    AgendaItem retitled =
        new AgendaItem(
            ItemKind.SESSION, 1, "Governance models", session1.getStart(), session1.getEnd(), null);
    retitled.ask("What works?");
    meeting.place(retitled, DAY_1, session1.getKey());
    AgendaItem added =
        meeting
            .day(DAY_2)
            .schedule(
                new AgendaItem(
                    ItemKind.OTHER,
                    null,
                    "Family photo",
                    LocalTime.of(16, 0),
                    LocalTime.of(16, 15),
                    null));
    Meeting v2 = meeting.publishAgenda("V2", JULY_19).agenda();

    List<AgendaChange> changes = AgendaDiff.between(v1, v2);

    assertThat(changes)
        .extracting(AgendaChange::kind, AgendaChange::itemKey)
        .containsExactlyInAnyOrder(
            tuple(Kind.ITEM_REMOVED, session6.getKey()),
            tuple(Kind.ITEM_MOVED, wrapUp.getKey()),
            tuple(Kind.ITEM_RETIMED, session4.getKey()),
            tuple(Kind.ITEM_RETITLED, session1.getKey()),
            tuple(Kind.KEY_QUESTIONS_CHANGED, session1.getKey()),
            tuple(Kind.DESCRIPTION_CHANGED, session1.getKey()),
            tuple(Kind.ITEM_ADDED, added.getKey()));
    AgendaChange moved =
        changes.stream().filter(c -> c.kind() == Kind.ITEM_MOVED).findFirst().orElseThrow();
    assertThat(moved.before()).isEqualTo("2019-09-19 17:00–17:30");
    assertThat(moved.after()).isEqualTo("2019-09-20 13:30–14:00");
    assertThat(moved.date()).isEqualTo(DAY_2);
    AgendaChange retitle =
        changes.stream().filter(c -> c.kind() == Kind.ITEM_RETITLED).findFirst().orElseThrow();
    assertThat(retitle.before()).startsWith("Towards new governance models");
    assertThat(retitle.after()).isEqualTo("Governance models");
  }

  @Test
  void describesChangedRolesDaysAndMeetingDetailsAndWorksInBothDirections() {
    Meeting meeting = eLeaders();
    Meeting v1 = meeting.publishAgenda("V1", JULY_19).agenda();
    AgendaItem session2 = session(meeting, 2);
    AgendaItem changed = session2.retimed(session2.getStart(), session2.getEnd());
    changed.assign(AgendaRole.of(RoleKind.MODERATOR, "Barbara Ubaldi"));
    meeting.place(changed, DAY_1, session2.getKey());
    meeting.retitle("E-Leaders 2019 Brussels");
    meeting.day(DAY_2).annotate("Bring your badge.");
    Meeting v2 = meeting.publishAgenda("V2", JULY_19).agenda();

    List<AgendaChange> forward = AgendaDiff.between(v1, v2);
    List<AgendaChange> backward = AgendaDiff.between(v2, v1);

    assertThat(forward)
        .extracting(AgendaChange::kind, AgendaChange::subject)
        .containsExactly(
            tuple(Kind.MEETING_CHANGED, "title"),
            tuple(Kind.DAY_CHANGED, "note"),
            tuple(Kind.ROLES_CHANGED, session2.getTitle()));
    assertThat(forward.get(2).after()).contains("Barbara Ubaldi");
    assertThat(backward.get(2).before()).contains("Barbara Ubaldi");
    assertThat(AgendaDiff.between(v2, v2)).isEmpty();
  }

  @Test
  void keepsWhoPublishedAndTheDatesTitleThemeAndCityTheVersionHas() {
    Meeting meeting = eLeaders();

    AgendaVersion version = meeting.publishAgenda("V20190719", JULY_19, "secretariat");
    meeting.removeDay(DAY_2);
    meeting.reschedule(DAY_1.minusDays(1), DAY_1);
    meeting.retitle("E-Leaders 2019 (draft title)");

    assertThat(version.getPublishedBy()).isEqualTo("secretariat");
    assertThat(version.getStartDate())
        .as("the published start date, not the draft's")
        .isEqualTo(DAY_1);
    assertThat(version.getEndDate()).isEqualTo(DAY_2);
    assertThat(version.getTitle()).isEqualTo("E-Leaders 2019");
    assertThat(version.getCity()).isEqualTo("Brussels");
  }

  @Test
  void takesTheListingFromItsSnapshotForVersionsKeptBeforeItHadOne() throws Exception {
    Meeting meeting = eLeaders();
    AgendaVersion version = meeting.publishAgenda("V20190719", JULY_19, "secretariat");
    for (String field : new String[] {"startDate", "endDate", "title", "theme", "city"}) {
      java.lang.reflect.Field column = AgendaVersion.class.getDeclaredField(field);
      column.setAccessible(true);
      column.set(version, null); // as V6_1 and V27_0 leave a version kept before them
    }
    meeting.retitle("E-Leaders 2019 (draft title)");

    version.takeListingFromSnapshot();

    assertThat(version.getStartDate()).isEqualTo(DAY_1);
    assertThat(version.getEndDate()).isEqualTo(DAY_2);
    assertThat(version.getTitle()).isEqualTo("E-Leaders 2019");
    assertThat(version.getTheme()).isEqualTo(meeting.getTheme());
    assertThat(version.getCity()).isEqualTo("Brussels");
  }
}
