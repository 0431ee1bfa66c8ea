package org.plenary.agenda.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.Venue;

class PublishedAgendaCacheTest {
  private final PublishedAgendaCache cache = new PublishedAgendaCache();
  private final AtomicInteger reads = new AtomicInteger();

  private Optional<Meeting> read() {
    reads.incrementAndGet();
    return Optional.of(
        new Meeting(
            "cache-test",
            "Cache test " + reads.get(),
            LocalDate.of(2030, 1, 1),
            LocalDate.of(2030, 1, 1),
            ZoneId.of("Europe/Paris"),
            new Venue("Hall", List.of("1 Main Street"), "Paris")));
  }

  @Test
  void readsAnAgendaOncePerKey() {
    Meeting first = cache.get("cache-test", "cache-test<null=1", this::read).orElseThrow();
    assertThat(cache.get("cache-test", "cache-test<null=1", this::read)).containsSame(first);
    assertThat(reads).hasValue(1);
  }

  @Test
  void readsItAgainWhenTheKeyChanges() {
    Meeting first = cache.get("cache-test", "cache-test<null=1", this::read).orElseThrow();
    Meeting second = cache.get("cache-test", "cache-test<null=2", this::read).orElseThrow();
    assertThat(second).isNotSameAs(first);
    assertThat(second.getTitle()).isEqualTo("Cache test 2");
    assertThat(cache.get("cache-test", "cache-test<null=2", this::read)).containsSame(second);
    assertThat(reads).hasValue(2);
  }

  @Test
  void keepsAMeetingThatIsNotPublishedAsNone() {
    assertThat(cache.get("draft", "draft<null=0", Optional::empty)).isEmpty();
    assertThat(cache.get("draft", "draft<null=0", this::read)).isEmpty();
    assertThat(reads).hasValue(0);
  }
}
