package org.plenary.web.it;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;

/**
 * A draft meeting planned through the REST API as the secretariat, keeping the meeting's version
 * between edits ({@code $V} in a path or body stands for it). For tests that need a meeting of
 * their own before they look at it in a page or another endpoint.
 */
public final class Drafts {
  public static final String MEETINGS = "api/planning/meetings";

  private final Api api;
  private final String slug;
  private long version;

  private Drafts(Api api, String slug, long version) {
    this.api = api;
    this.slug = slug;
    this.version = version;
  }

  /** Plans a draft meeting with this slug, title, time zone and dates (ISO), at a Seoul venue. */
  public static Drafts plan(
      URL base, String slug, String title, String zone, String start, String end) {
    return plan(
        base,
        """
        {"id": "%s", "title": "%s",
         "venue": {"name": "Government Complex Seoul", "addressLines": ["209 Sejong-daero"],
                   "city": "Seoul"},
         "timeZone": "%s", "startDate": "%s", "endDate": "%s"}
        """
            .formatted(slug, title, zone, start, end));
  }

  /** Plans a draft meeting from the JSON body of {@code POST api/planning/meetings}. */
  public static Drafts plan(URL base, String json) {
    Api api = Api.asDemo(base, "secretariat");
    HttpResponse<String> response = api.post(MEETINGS, json);
    JsonObject body = expect(response, 201);
    return new Drafts(api, body.getString("slug"), body.getJsonNumber("version").longValue());
  }

  public String slug() {
    return slug;
  }

  /** The meeting's version after the last edit, to send with the next. */
  public long version() {
    return version;
  }

  /** Sends a request about this meeting ({@code path} after its URL, such as {@code /items}). */
  public HttpResponse<String> send(String method, String path, String json) {
    String seen = String.valueOf(version);
    return api.send(
        method,
        MEETINGS + "/" + slug + path.replace("$V", seen),
        json == null ? null : json.replace("$V", seen));
  }

  /** An edit that must answer {@code status}; keeps the meeting's new version. */
  public JsonObject edit(String method, String path, String json, int status) {
    JsonObject body = expect(send(method, path, json), status);
    version =
        body.containsKey("meetingVersion")
            ? body.getJsonNumber("meetingVersion").longValue()
            : body.getJsonNumber("version").longValue();
    return body;
  }

  /** Adds a day with this label, open to everyone. */
  public void addDay(String date, String label) {
    edit(
        "POST",
        "/days",
        "{\"version\": $V, \"date\": \"%s\", \"label\": \"%s\"}".formatted(date, label),
        201);
  }

  /**
   * Adds an item; {@code fields} are more JSON members of the item ("" for none), such as {@code
   * "sessionNumber": 1, "room": "Room A"}.
   *
   * @return its key
   */
  public String addItem(
      String date, String kind, String title, String start, String end, String fields) {
    String json =
        """
        {"version": $V, "date": "%s", "kind": "%s", "title": "%s", "start": "%s", "end": "%s"%s}
        """
            .formatted(date, kind, title, start, end, fields.isEmpty() ? "" : ", " + fields);
    return edit("POST", "/items", json, 201).getString("itemKey");
  }

  /** Publishes the draft as the next version with this label (null: the suggested one). */
  public JsonObject publish(String label) {
    String json =
        label == null
            ? "{\"version\": $V}"
            : "{\"version\": $V, \"label\": \"%s\"}".formatted(label);
    return edit("POST", "/versions", json, 201).getJsonObject("version");
  }

  /** The draft as the secretariat reads it, with its version. */
  public JsonObject draft() {
    JsonObject body = expect(api.get(MEETINGS + "/" + slug), 200);
    version = body.getJsonNumber("version").longValue();
    return body;
  }

  private static JsonObject expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new AssertionError(
          "expected " + status + " but got " + response.statusCode() + ": " + response.body());
    }
    return Api.json(response).asJsonObject();
  }
}
