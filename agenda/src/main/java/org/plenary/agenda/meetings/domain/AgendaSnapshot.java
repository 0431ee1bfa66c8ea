package org.plenary.agenda.meetings.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.plenary.core.people.domain.OrganisationCategory;
import org.plenary.core.shared.Jsons;

/**
 * A meeting's whole agenda as one JSON document, written when a version is published and read back
 * as a detached {@link Meeting} for the public agenda, the exports and the comparison of versions.
 * Reading rebuilds the meeting through its constructors, so a snapshot is a faithful copy of the
 * agenda and nothing else; side meetings are snapshots of their own.
 */
final class AgendaSnapshot {
  private AgendaSnapshot() {}

  static String write(Meeting meeting) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("format", 1)
            .add("slug", meeting.getSlug())
            .add("title", meeting.getTitle())
            .add("timeZone", meeting.getTimeZone().getId())
            .add("startDate", meeting.getStartDate().toString())
            .add("endDate", meeting.getEndDate().toString())
            .add("version", meeting.getPublishedVersion())
            .add("label", meeting.getAgendaLabel())
            .add("publishedAt", meeting.getAgendaPublishedAt().toString())
            .add(
                "venue",
                Jsons.object()
                    .add("name", meeting.getVenue().getName())
                    .add("addressLines", strings(meeting.getVenue().getAddressLines()))
                    .add("city", meeting.getVenue().getCity()))
            .add("roles", array(meeting.getRoles(), AgendaSnapshot::role))
            .add("days", array(meeting.getDays(), AgendaSnapshot::day));
    optional(json, "theme", meeting.getTheme());
    optional(json, "body", meeting.getBody());
    optional(json, "description", meeting.getDescription());
    if (meeting.getMainMeeting() != null) {
      json.add("mainMeeting", meeting.getMainMeeting().getSlug());
    }
    return json.build().toString();
  }

  private static JsonObjectBuilder day(MeetingDay day) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("date", day.getDate().toString())
            .add("label", day.getLabel())
            .add("audience", audience(day.getAudience()))
            .add("items", array(day.getItems(), AgendaSnapshot::item));
    optional(json, "note", day.getNote());
    optional(json, "opensAt", day.getOpensAt());
    optional(json, "closesAt", day.getClosesAt());
    return json;
  }

  private static JsonObjectBuilder item(AgendaItem item) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("key", item.getKey())
            .add("kind", item.getKind().name())
            .add("continued", item.isContinued())
            .add("title", item.getTitle())
            .add("start", item.getStart().toString())
            .add("end", item.getEnd().toString())
            .add("keyQuestions", strings(item.getKeyQuestions()))
            .add("roles", array(item.getRoles(), AgendaSnapshot::role))
            .add(
                "steps",
                array(
                    item.getSteps(),
                    step ->
                        Jsons.object()
                            .add("time", step.getTime().toString())
                            .add("label", step.getLabel())))
            .add(
                "documents",
                array(
                    item.getDocuments(),
                    document ->
                        Jsons.object()
                            .add("title", document.getTitle())
                            .add("url", document.getUrl())));
    if (item.getSessionNumber() != null) {
      json.add("sessionNumber", item.getSessionNumber());
    }
    optional(json, "description", item.getDescription());
    optional(json, "format", item.getFormat());
    optional(json, "room", item.getRoom());
    if (item.getAudienceOverride() != null) {
      json.add("audience", audience(item.getAudienceOverride()));
    }
    return json;
  }

  private static JsonObjectBuilder role(AgendaRole role) {
    JsonObjectBuilder json =
        Jsons.object().add("kind", role.getKind().name()).add("label", role.getLabel());
    optional(json, "contribution", role.getContribution());
    if (role.getPersonId() != null) {
      json.add("personId", role.getPersonId());
    }
    if (role.getOrganisationId() != null) {
      json.add("organisationId", role.getOrganisationId());
    }
    return json;
  }

  private static JsonObjectBuilder audience(Audience audience) {
    JsonObjectBuilder json =
        Jsons.object()
            .add(
                "categories",
                strings(audience.getCategories().stream().map(Enum::name).sorted().toList()));
    optional(json, "note", audience.getNote());
    return json;
  }

  private static <T> JsonArrayBuilder array(
      Collection<T> values, Function<T, JsonObjectBuilder> write) {
    JsonArrayBuilder array = Jsons.array();
    values.forEach(value -> array.add(write.apply(value)));
    return array;
  }

  private static JsonArrayBuilder strings(Collection<String> values) {
    JsonArrayBuilder array = Jsons.array();
    values.forEach(array::add);
    return array;
  }

  private static void optional(JsonObjectBuilder json, String name, Object value) {
    if (value != null) {
      json.add(name, value.toString());
    }
  }

  static Meeting read(String snapshot) {
    JsonObject json;
    try (JsonReader reader = Jsons.reader(new StringReader(snapshot))) {
      json = reader.readObject();
    }
    JsonObject venue = json.getJsonObject("venue");
    Meeting meeting =
        new Meeting(
            json.getString("slug"),
            json.getString("title"),
            LocalDate.parse(json.getString("startDate")),
            LocalDate.parse(json.getString("endDate")),
            ZoneId.of(json.getString("timeZone")),
            new Venue(
                venue.getString("name"),
                strings(venue.getJsonArray("addressLines")),
                venue.getString("city")));
    meeting.describe(
        json.getString("theme", null),
        json.getString("body", null),
        json.getString("description", null));
    json.getJsonArray("roles").getValuesAs(JsonObject.class).stream()
        .map(AgendaSnapshot::readRole)
        .forEach(meeting::appoint);
    for (JsonObject dayJson : json.getJsonArray("days").getValuesAs(JsonObject.class)) {
      MeetingDay day =
          meeting.addDay(
              LocalDate.parse(dayJson.getString("date")),
              dayJson.getString("label"),
              readAudience(dayJson.getJsonObject("audience")));
      day.annotate(dayJson.getString("note", null));
      day.keepHours(time(dayJson, "opensAt"), time(dayJson, "closesAt"));
      for (JsonObject itemJson : dayJson.getJsonArray("items").getValuesAs(JsonObject.class)) {
        meeting.restoreItem(day, readItem(itemJson), itemJson.getString("key"));
      }
    }
    meeting.restorePublication(
        json.getInt("version"),
        json.getString("label"),
        Instant.parse(json.getString("publishedAt")));
    return meeting;
  }

  private static AgendaItem readItem(JsonObject json) {
    AgendaItem item =
        new AgendaItem(
            ItemKind.valueOf(json.getString("kind")),
            json.containsKey("sessionNumber") ? json.getInt("sessionNumber") : null,
            json.getString("title"),
            LocalTime.parse(json.getString("start")),
            LocalTime.parse(json.getString("end")),
            json.getString("room", null));
    item.describe(json.getString("description", null));
    if (json.containsKey("format")) {
      item.runAs(SessionFormat.valueOf(json.getString("format")));
    }
    if (json.getBoolean("continued", false)) {
      item.continueSession();
    }
    strings(json.getJsonArray("keyQuestions")).forEach(item::ask);
    json.getJsonArray("roles").getValuesAs(JsonObject.class).stream()
        .map(AgendaSnapshot::readRole)
        .forEach(item::assign);
    for (JsonObject step : json.getJsonArray("steps").getValuesAs(JsonObject.class)) {
      item.planStep(new ItemStep(LocalTime.parse(step.getString("time")), step.getString("label")));
    }
    for (JsonObject document : json.getJsonArray("documents").getValuesAs(JsonObject.class)) {
      item.link(new LinkedDocument(document.getString("title"), document.getString("url")));
    }
    if (json.containsKey("audience")) {
      item.restrictAudience(readAudience(json.getJsonObject("audience")));
    }
    return item;
  }

  private static AgendaRole readRole(JsonObject json) {
    return new AgendaRole(
        RoleKind.valueOf(json.getString("kind")),
        json.getString("label"),
        json.getString("contribution", null),
        json.containsKey("personId") ? json.getJsonNumber("personId").longValue() : null,
        json.containsKey("organisationId")
            ? json.getJsonNumber("organisationId").longValue()
            : null);
  }

  private static Audience readAudience(JsonObject json) {
    List<OrganisationCategory> categories =
        strings(json.getJsonArray("categories")).stream()
            .map(OrganisationCategory::valueOf)
            .toList();
    String note = json.getString("note", null);
    return categories.isEmpty() ? Audience.everyone(note) : Audience.onlyFor(categories, note);
  }

  private static LocalTime time(JsonObject json, String name) {
    return json.containsKey(name) ? LocalTime.parse(json.getString(name)) : null;
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonValue.class).stream()
        .map(value -> ((JsonString) value).getString())
        .toList();
  }
}
