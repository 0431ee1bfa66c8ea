package org.plenary.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestServer;
import org.plenary.web.security.AccessMatrix.Actor;
import org.plenary.web.security.AccessMatrix.Row;

/**
 * Walks every page and every REST endpoint as each kind of caller and checks that exactly those the
 * access matrix names get through; and that the matrix names every page of the WAR and every
 * operation of the OpenAPI document, so a new page or endpoint cannot go unchecked.
 */
class AccessMatrixIT {
  private static final String OWNING_GROUP = "task-force-governance";
  private static final String OTHER_MEMBER = "it-access-other";
  private static final String NONE = "999999999";

  /** A meeting only the delegate registers for, so that who reads its participants is known. */
  private static final String ACCESS_MEETING = "it-access-matrix";

  private static final URL base = TestServer.url();
  private static final AccessMatrix matrix = AccessMatrix.load();
  private static final Map<Actor, Api> callers = new EnumMap<>(Actor.class);
  private static final Map<String, String> placeholders = new java.util.HashMap<>();

  @BeforeAll
  static void callersAndTheirData() throws Exception {
    try (Seed seed = Seed.open()) {
      if (seed.number("select count(*) from account where username = ?", OTHER_MEMBER) == 0) {
        seed.account(OTHER_MEMBER, "Otto Other", "Access Matrix Ministry", "MEMBER_COUNTRY");
        seed.execute(
            "insert into account_role (account_id, role)"
                + " select id, 'MEMBER' from account where username = ?",
            OTHER_MEMBER);
      }
      placeholders.put(
          "{consultation}",
          String.valueOf(
              seed.number(
                  "select min(c.id) from consultation c join draft d on d.id = c.draft_id"
                      + " where d.title like ?",
                  "Handbook%")));
      if (seed.number("select count(*) from meeting where slug = ?", ACCESS_MEETING) == 0) {
        seed.publishedMeeting(
            ACCESS_MEETING,
            "Access matrix meeting",
            List.of(new Seed.Day(LocalDate.of(2031, 3, 3), "Day 1", List.of())));
      }
      placeholders.put(
          "{round}", String.valueOf(seed.number("select min(id) from coordination_round")));
      placeholders.put(
          "{publicDraft}",
          String.valueOf(
              seed.number(
                  "select min(draft_id) from consultation c join draft d on d.id ="
                      + " c.draft_id where d.title like ?",
                  "Handbook%")));
      seed.commit();
    }
    placeholders.put("{slug}", "e-leaders-2019");
    placeholders.put("{meeting}", "e-leaders-2019"); // the API names meetings by their slug
    placeholders.put("{registered}", ACCESS_MEETING);
    placeholders.put("{group}", OWNING_GROUP);
    placeholders.put("{none}", NONE);
    placeholders.put("{first}", "1");

    callers.put(Actor.ANONYMOUS, Api.anonymous(base));
    callers.put(Actor.DELEGATE, Api.asDemo(base, "delegate"));
    callers.put(Actor.MEMBER, Api.asDemo(base, "member"));
    callers.put(Actor.OTHER_MEMBER, Api.asDemo(base, OTHER_MEMBER));
    callers.put(Actor.MINISTRY, Api.asDemo(base, "ministry"));
    callers.put(Actor.SECRETARIAT, Api.asDemo(base, "secretariat"));

    HttpResponse<String> joined =
        callers
            .get(Actor.SECRETARIAT)
            .put("api/groups/digital-identity/members/" + OTHER_MEMBER, "{\"role\":\"MEMBER\"}");
    assertThat(joined.statusCode()).as(joined.body()).isBetween(200, 299);
    HttpResponse<String> commented =
        callers
            .get(Actor.DELEGATE)
            .post(
                "api/consultations/" + placeholders.get("{consultation}") + "/comments",
                "{\"text\":\"A comment for the access matrix\",\"category\":\"citizen\","
                    + "\"country\":\"EE\"}");
    assertThat(commented.statusCode()).as(commented.body()).isEqualTo(201);
    placeholders.put(
        "{comment}",
        String.valueOf(Api.json(commented).asJsonObject().getJsonNumber("id").longValue()));
    HttpResponse<String> registered =
        callers
            .get(Actor.DELEGATE)
            .post(
                "api/meetings/" + ACCESS_MEETING + "/registrations",
                "{\"days\":[\"2031-03-03\"],\"attendance\":\"REMOTE\"}");
    assertThat(registered.statusCode()).as(registered.body()).isIn(201, 409);
    placeholders.put("{draft}", privateDraft("Access matrix: private draft"));
    placeholders.put("{draft2}", privateDraft("Access matrix: draft to share"));
  }

  private static String privateDraft(String title) {
    HttpResponse<String> created =
        callers
            .get(Actor.MEMBER)
            .post(
                "api/groups/" + OWNING_GROUP + "/drafts",
                "{\"title\":\""
                    + title
                    + "\",\"note\":\"first\",\"sections\":[{\"heading\":\"Scope\",\"body\":\"<p>Text</p>\"}]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return String.valueOf(Api.json(created).asJsonObject().getJsonNumber("id").longValue());
  }

  @Test
  void letsThroughExactlyTheCallersTheMatrixNames() {
    List<String> wrong = new ArrayList<>();
    for (Row row : matrix.rows()) {
      String path = resolve(row.path()).substring(1);
      for (Actor actor : Actor.values()) {
        HttpResponse<String> response = send(callers.get(actor), row, path);
        int status = response.statusCode();
        boolean toLogin =
            status / 100 == 3
                && response.headers().firstValue("Location").orElse("").contains("/login.xhtml");
        boolean refused = status == 401 || status == 403 || toLogin;
        if (status >= 500) {
          wrong.add(describe(row, actor, status, "a server error"));
        } else if (status == 404 && row.allows(actor) && names(row)) {
          wrong.add(describe(row, actor, status, "not found: the row names nothing real"));
        } else if (row.allows(actor) == refused) {
          wrong.add(describe(row, actor, status, row.allows(actor) ? "refused" : "let through"));
        }
      }
    }
    assertThat(wrong).as("requests whose outcome differs from access-matrix.txt").isEmpty();
  }

  @Test
  void namesEveryPageOfTheApplication() throws IOException {
    Set<String> pages = new TreeSet<>();
    try (ZipFile war = new ZipFile(Path.of(System.getProperty("plenary.it.war")).toFile())) {
      war.stream()
          .map(entry -> entry.getName())
          .filter(name -> name.endsWith(".xhtml"))
          .filter(name -> !name.startsWith("WEB-INF/") && !name.startsWith("META-INF/"))
          .forEach(name -> pages.add("/" + name));
    }
    Set<String> inMatrix =
        matrix.rows().stream().filter(Row::isPage).map(Row::template).collect(Collectors.toSet());
    assertThat(inMatrix).as("pages in access-matrix.txt").containsAll(pages);
    assertThat(pages).as("pages of plenary.war").containsAll(inMatrix);
  }

  @Test
  void namesEveryOperationOfTheRestApi() {
    HttpResponse<String> document = Api.anonymous(base).get("openapi", "application/json");
    assertThat(document.statusCode()).isEqualTo(200);
    Set<String> operations = new TreeSet<>();
    JsonObject paths = Api.json(document).asJsonObject().getJsonObject("paths");
    paths.forEach(
        (path, item) ->
            item.asJsonObject().keySet().stream()
                .filter(Set.of("get", "post", "put", "delete", "patch")::contains)
                .forEach(
                    method ->
                        operations.add(
                            method.toUpperCase() + " " + path.replaceAll("\\{[^}]+}", "{}"))));
    Set<String> inMatrix =
        matrix.rows().stream()
            .filter(row -> !row.isPage())
            .map(row -> row.method() + " " + row.template())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(inMatrix).as("operations in access-matrix.txt").containsAll(operations);
    assertThat(operations).as("operations of the OpenAPI document").containsAll(inMatrix);
  }

  private static HttpResponse<String> send(Api caller, Row row, String path) {
    if (row.method().equals("GET")) {
      return caller.get(path, row.isPage() ? "text/html" : "application/json, */*;q=0.5");
    }
    boolean withBody = row.method().equals("POST") || row.method().equals("PUT");
    return caller.send(row.method(), path, withBody ? row.body() : null);
  }

  /**
   * Whether the row's request names something that exists for every caller, so that a caller let
   * through must find it: a read of a shared resource, not of an id nobody has nor of the caller's
   * own (a registration one may not have).
   */
  private static boolean names(Row row) {
    return row.method().equals("GET")
        && !row.path().contains("{none}")
        && !row.path().contains("/me/")
        && !row.path().contains("token=");
  }

  private static String resolve(String path) {
    String resolved = path;
    for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
      resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
    }
    return resolved;
  }

  private static String describe(Row row, Actor actor, int status, String what) {
    return row.method()
        + " "
        + row.path()
        + " as "
        + actor.heading
        + ": "
        + what
        + " ("
        + status
        + ")";
  }
}
