package org.plenary.web.rest.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.plenary.web.it.Api;
import org.plenary.web.it.HeldRow;
import org.plenary.web.it.Seed;

/**
 * Test data for feedback, made through the real APIs: a one-day meeting with sessions published by
 * the secretariat, seeded delegates registered for it, and feedback forms.
 */
public final class FeedbackFixtures {
  private final URL base;

  public FeedbackFixtures(URL base) {
    this.base = base;
  }

  /** A published one-day meeting in Brussels with the given sessions; returns their item keys. */
  public List<String> publishMeeting(String slug, LocalDate date, List<String> sessions) {
    Api secretariat = Api.asDemo(base, "secretariat");
    String meetings = "api/planning/meetings";
    long version =
        version(
            secretariat.post(
                meetings,
                """
                {"id": "%s", "title": "Feedback test %s",
                 "venue": {"name": "Test venue", "addressLines": ["Rue 1"], "city": "Brussels"},
                 "timeZone": "Europe/Brussels", "startDate": "%s", "endDate": "%s"}
                """
                    .formatted(slug, slug, date, date)),
            201);
    version =
        version(
            secretariat.post(
                meetings + "/" + slug + "/days",
                "{\"version\": %d, \"date\": \"%s\", \"label\": \"Day 1\", \"audience\": {}}"
                    .formatted(version, date)),
            201);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      HttpResponse<String> item =
          secretariat.post(
              meetings + "/" + slug + "/items",
              """
              {"version": %d, "date": "%s", "kind": "SESSION", "sessionNumber": %d,
               "title": "%s", "start": "%02d:00", "end": "%02d:00",
               "keyQuestions": ["What worked?", "What should change?"]}
              """
                  .formatted(version, date, i + 1, sessions.get(i), 9 + i, 10 + i));
      version = version(item, 201);
      keys.add(Api.json(item).asJsonObject().getString("itemKey"));
    }
    version(
        secretariat.post(
            meetings + "/" + slug + "/versions", "{\"version\": %d}".formatted(version)),
        201);
    return keys;
  }

  /** A seeded delegate of an OECD member delegation, registered for the meeting's day. */
  public Api registeredDelegate(String username, String fullName, String slug, LocalDate date)
      throws SQLException {
    Api delegate = delegate(username, fullName);
    HttpResponse<String> registered =
        delegate.post(
            "api/meetings/" + slug + "/registrations",
            "{\"days\":[\"%s\"],\"attendance\":\"IN_PERSON\"}".formatted(date));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    return delegate;
  }

  /** A seeded delegate, registered for nothing. */
  public Api delegate(String username, String fullName) throws SQLException {
    try (Seed seed = Seed.open()) {
      seed.account(username, fullName, "Delegation of Feedbackland (IT)", "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    return Api.asDemo(base, username);
  }

  /** Defines a form with a rating, a single and a multiple choice and a free-text question. */
  public JsonObject defineForm(String slug, String title, String opensAt, String closesAt) {
    HttpResponse<String> response =
        Api.asDemo(base, "secretariat")
            .post(
                "api/meetings/" + slug + "/feedback/forms",
                """
                {"title": "%s", "opensAt": "%s", "closesAt": "%s",
                 "questions": [
                   {"code": "handbook", "kind": "RATING", "text": "How useful is the draft Handbook?",
                    "required": true},
                   {"code": "ready", "kind": "SINGLE_CHOICE", "text": "Is the draft ready?",
                    "required": true, "choices": ["Yes", "With changes", "No"]},
                   {"code": "groups", "kind": "MULTIPLE_CHOICE", "text": "Which groups continue?",
                    "choices": ["Digital Identity", "Service Delivery", "Emerging Technologies"]},
                   {"code": "missing", "kind": "FREE_TEXT", "text": "What is missing?"}]}
                """
                    .formatted(title, opensAt, closesAt));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Api.json(response).asJsonObject();
  }

  private static long version(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonObject body = Api.json(response).asJsonObject();
    return body.containsKey("meetingVersion")
        ? body.getJsonNumber("meetingVersion").longValue()
        : body.getJsonNumber("version").longValue();
  }

  /**
   * A rating of a session by a seeded delegate, inserted and held uncommitted ({@link HeldRow}):
   * the same rating sent from another window at the same moment.
   */
  public static HeldRow ratingHeldElsewhere(
      String slug, String itemKey, String username, int rating) throws SQLException {
    long meeting;
    long person;
    try (Seed seed = Seed.open()) {
      meeting = seed.number("select id from meeting where slug = ?", slug);
      person = seed.number("select id from person where email = ?", Seed.email(username));
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return HeldRow.inserted(
        "session_evaluation",
        "id, meeting_id, item_key, person_id, rating, created_at, updated_at, version",
        2_000_000_000L + person,
        meeting,
        itemKey,
        person,
        rating,
        now,
        now,
        1);
  }
}
