package org.plenary.web.rest.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestServer;

/**
 * Hundreds of people register for the social event at the same moment: the database hands out
 * exactly the seats there are, and everyone else gets a distinct place on the waiting list.
 */
class RegistrationRushIT {
  private static final int PEOPLE = 200;
  private static final int SEATS = 50;
  private static final String MEETING = "it-rush-2026";

  final URL base = TestServer.url();

  @Test
  void neverOverbooksTheBusUnderTwoHundredSimultaneousRegistrations() throws Exception {
    List<Seed.Person> people =
        IntStream.rangeClosed(1, PEOPLE)
            .mapToObj(i -> new Seed.Person("it-rush-" + i, "Rush Participant " + i))
            .toList();
    long meetingId;
    try (Seed seed = Seed.open()) {
      meetingId =
          seed.publishedMeeting(
              MEETING,
              "Rush test meeting",
              List.of(new Seed.Day(LocalDate.of(2026, 7, 1), "Day 1", List.of())));
      seed.accounts(people, "Delegation of Rushland (IT)", "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    assertThat(
            Api.asDemo(base, "secretariat")
                .put("api/meetings/" + MEETING + "/social-event/capacity", "{\"seats\":50}")
                .statusCode())
        .isEqualTo(200);

    List<JsonObject> registrations = registerAllAtOnce(people);

    assertThat(registrations).hasSize(PEOPLE);
    assertThat(registrations)
        .filteredOn(r -> r.getJsonObject("socialEvent").getString("status").equals("CONFIRMED"))
        .hasSize(SEATS);
    List<Integer> positions =
        registrations.stream()
            .map(r -> r.getJsonObject("socialEvent"))
            .filter(s -> s.getString("status").equals("WAITING"))
            .map(s -> s.getInt("position"))
            .sorted()
            .toList();
    assertThat(positions)
        .as("every waiting person has a place of their own, with no gap")
        .containsExactlyElementsOf(IntStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList());
    try (Seed database = Seed.open()) {
      assertThat(
              database.number(
                  "select taken from social_event_seats where meeting_id = ?", meetingId))
          .isEqualTo(SEATS);
      assertThat(
              database.number(
                  "select count(*) from registration where meeting_id = ?"
                      + " and social_event = 'CONFIRMED'",
                  meetingId))
          .isEqualTo(SEATS);
      assertThat(
              database.numbers(
                  "select waiting_ticket from registration where meeting_id = ?"
                      + " and social_event = 'WAITING' order by waiting_ticket",
                  meetingId))
          .as("tickets are handed out in order, once each")
          .containsExactlyElementsOf(
              IntStream.rangeClosed(1, PEOPLE - SEATS).mapToObj(i -> (long) i).toList());
    }
  }

  private List<JsonObject> registerAllAtOnce(List<Seed.Person> people) throws Exception {
    String body = "{\"days\":[\"2026-07-01\"],\"socialEvent\":true,\"attendance\":\"IN_PERSON\"}";
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
    try {
      List<Future<HttpResponse<String>>> calls = new ArrayList<>();
      for (Seed.Person person : people) {
        Api api = Api.asDemo(base, person.username());
        calls.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.post("api/meetings/" + MEETING + "/registrations", body);
                }));
      }
      start.countDown();
      List<JsonObject> registrations = new ArrayList<>();
      for (Future<HttpResponse<String>> call : calls) {
        HttpResponse<String> response = call.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        registrations.add(Api.json(response).asJsonObject());
      }
      return registrations;
    } finally {
      pool.shutdownNow();
    }
  }
}
