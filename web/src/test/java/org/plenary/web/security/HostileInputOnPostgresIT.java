package org.plenary.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.plenary.web.browser.Browser;
import org.plenary.web.browser.LoginPage;
import org.plenary.web.it.Api;
import org.plenary.web.it.OwnDatabase;
import org.plenary.web.it.PlenaryProcess;
import org.plenary.web.security.AccessMatrix.Actor;
import org.plenary.web.security.AccessMatrix.Row;

/**
 * Hostile input (issue 9, point 4) against every operation that takes a body, on a platform and a
 * database of its own (so what it stores disturbs no other test): malformed, mistyped, deeply
 * nested and oversized JSON, and every field of a valid body, one at a time, replaced by script,
 * SQL, a 100,000-character text, mixed-direction and malformed Unicode, a NUL character, path
 * traversal, impossible dates and impossible numbers. Each request must end in a clear refusal (a
 * 4xx problem, no stack trace) or be stored; then a browser signed in as the secretariat visits
 * every page of the access matrix, where what was stored is displayed, and no script may run.
 *
 * <p>The bodies come from the OpenAPI document's schemas (or the matrix's example body), so a new
 * operation is covered as soon as it is in the matrix.
 */
class HostileInputOnPostgresIT {
  private static final String PWNED = "window.__plenaryPwned=1";
  private static final List<String> HOSTILE_TEXTS =
      List.of(
          "<script>" + PWNED + "</script>",
          "<img src=x onerror=\"" + PWNED + "\">",
          "\"><svg onload=" + PWNED + ">",
          "javascript:" + PWNED,
          "'; drop table account; --",
          "x".repeat(100_000),
          "\u202Egnp.exe\u202C mixed \u05D0\u05D1 direction \u200F",
          "lone \uD800 surrogate",
          "nul \u0000 byte",
          "../../../../etc/passwd",
          "");

  /** The platform's default limit of a request body (plenary.api.max-body-bytes). */
  private static final int MAX_BODY_BYTES = 1_048_576;

  private static final List<String> HOSTILE_DATES =
      List.of("2019-02-30", "2019-13-45T25:61:00Z", "yesterday", "99999-01-01");
  private static final List<String> HOSTILE_NUMBERS =
      List.of("-1", "1e309", "99999999999999999999999", "\"NaN\"", "0.5");

  @RegisterExtension final Browser browser = new Browser();

  private static PlenaryProcess plenary;
  private static final Map<String, String> placeholders = new HashMap<>();
  private static final Map<Actor, Api> callers = new LinkedHashMap<>();
  private static JsonObject openApi;

  @BeforeAll
  static void aPlatformOfItsOwn() throws Exception {
    String url = OwnDatabase.create("hostile");
    Path data = Path.of(System.getProperty("plenary.it.dataDir")).resolveSibling("hostile-data");
    plenary =
        PlenaryProcess.start(
            "hostile",
            Map.of(
                "PLENARY_DB_URL",
                url,
                "PLENARY_DATA_DIR",
                data.toString(),
                "PLENARY_RATE_LIMIT_EXEMPT",
                "127.0.0.1"));
    try (Connection db = OwnDatabase.connect(url)) {
      placeholders.put("{consultation}", first(db, "select min(id) from consultation"));
      placeholders.put("{comment}", first(db, "select min(id) from consultation_comment"));
      placeholders.put("{round}", first(db, "select min(id) from coordination_round"));
      placeholders.put("{draft}", first(db, "select min(id) from draft"));
      placeholders.put("{draft2}", first(db, "select max(id) from draft"));
    }
    placeholders.put("{slug}", "e-leaders-2019");
    placeholders.put("{meeting}", "e-leaders-2019");
    placeholders.put("{registered}", "e-leaders-2019");
    placeholders.put("{group}", "task-force-governance");
    placeholders.put("{first}", "1");
    URL base = plenary.url();
    callers.put(Actor.SECRETARIAT, Api.asDemo(base, "secretariat"));
    callers.put(Actor.MEMBER, Api.asDemo(base, "member"));
    callers.put(Actor.MINISTRY, Api.asDemo(base, "ministry"));
    callers.put(Actor.DELEGATE, Api.asDemo(base, "delegate"));
    callers.put(Actor.ANONYMOUS, Api.anonymous(base));
    openApi = Api.json(Api.anonymous(base).get("openapi", "application/json")).asJsonObject();
  }

  @AfterAll
  static void stop() {
    if (plenary != null) {
      plenary.stop();
    }
  }

  @Test
  void everyBodyTakingOperationRefusesHostileInputClearlyAndNothingRunsWhereItIsShown() {
    List<String> wrong = new ArrayList<>();
    int requests = 0;
    for (Row row : AccessMatrix.load().rows()) {
      if (row.isPage() || !(row.method().equals("POST") || row.method().equals("PUT"))) {
        continue;
      }
      Actor actor = caller(row);
      if (actor == null) {
        continue;
      }
      if (!takesJson(row)) {
        continue;
      }
      Api api = callers.get(actor);
      String path = resolve(row.path()).substring(1);
      for (String body : bodies(row)) {
        String problem;
        try {
          problem = problem(api.send(row.method(), path, body));
        } catch (UncheckedIOException closed) {
          // Refusing a body over the limit before reading it all may close the connection.
          problem = body.length() > MAX_BODY_BYTES ? null : "connection closed: " + closed;
        }
        requests++;
        if (problem != null) {
          wrong.add(
              row.method()
                  + " "
                  + row.path()
                  + " as "
                  + actor.heading
                  + ": "
                  + problem
                  + " for "
                  + abbreviated(body));
        }
      }
    }
    assertThat(wrong).as("answers to %d hostile requests", requests).isEmpty();
    noScriptRunsOnAnyPage();
  }

  /** What is wrong with an answer, or null: a 5xx, a refusal that is not a problem, a trace. */
  private static String problem(HttpResponse<String> response) {
    int status = response.statusCode();
    String type = response.headers().firstValue("Content-Type").orElse("");
    String body = response.body();
    if (status >= 500) {
      return "status " + status;
    }
    if (body.contains("Exception") || body.contains("\tat ") || body.contains("org.plenary.")) {
      return "a stack trace or class name in the answer";
    }
    if (status >= 400
        && status != 404
        && status != 405
        && !type.startsWith("application/problem+json")) {
      return "status " + status + " as " + type + ", not a problem";
    }
    return null;
  }

  private void noScriptRunsOnAnyPage() {
    WebDriver driver = browser.driver();
    URI base = URI.create(plenary.url().toString());
    LoginPage.open(driver, base).signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    List<String> ran = new ArrayList<>();
    for (Row row : AccessMatrix.load().rows()) {
      if (!row.isPage() || !row.method().equals("GET") || !row.allows(Actor.SECRETARIAT)) {
        continue;
      }
      driver.get(base.resolve(resolve(row.path()).substring(1)).toString());
      Object pwned =
          ((JavascriptExecutor) driver).executeScript("return window.__plenaryPwned || null;");
      if (pwned != null) {
        ran.add(row.path());
      }
    }
    assertThat(ran).as("pages where a stored payload ran as script").isEmpty();
  }

  /** Whether the operation reads a JSON body (the matrix has an example, or OpenAPI says so). */
  private static boolean takesJson(Row row) {
    if (row.body() != null) {
      return true;
    }
    JsonObject operation = operation(row);
    JsonObject requestBody = operation == null ? null : operation.getJsonObject("requestBody");
    JsonObject content = requestBody == null ? null : requestBody.getJsonObject("content");
    return content != null && content.containsKey("application/json");
  }

  /** The matrix's first admitted caller, the most powerful first. */
  private static Actor caller(Row row) {
    for (Actor actor : callers.keySet()) {
      if (row.allows(actor)) {
        return actor;
      }
    }
    return null;
  }

  /** Malformed and mistyped bodies, then a valid body with each field made hostile in turn. */
  private static List<String> bodies(Row row) {
    List<String> bodies = new ArrayList<>();
    bodies.add("{\"unclosed\": ");
    bodies.add("[]");
    bodies.add("\"a string\"");
    bodies.add("{\"a\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}");
    bodies.add("{\"a\":\"" + "y".repeat(3_000_000) + "\"}");
    JsonObject valid = example(row);
    for (String field : valid.keySet()) {
      JsonValue value = valid.get(field);
      List<JsonValue> replacements = new ArrayList<>();
      if (value.getValueType() == JsonValue.ValueType.STRING) {
        String text = ((JsonString) value).getString();
        List<String> texts = looksLikeADate(text) ? HOSTILE_DATES : HOSTILE_TEXTS;
        texts.forEach(hostile -> replacements.add(Json.createValue(hostile)));
        replacements.add(JsonValue.NULL);
        replacements.add(Json.createValue(12));
      } else if (value.getValueType() == JsonValue.ValueType.NUMBER) {
        for (String number : HOSTILE_NUMBERS) {
          bodies.add(with(valid, field, number));
        }
        replacements.add(Json.createValue("twelve"));
      } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
        JsonArrayBuilder many = Json.createArrayBuilder();
        HOSTILE_TEXTS.forEach(many::add);
        replacements.add(many.build());
        replacements.add(Json.createValue("not a list"));
      } else {
        replacements.add(Json.createValue("<script>" + PWNED + "</script>"));
      }
      for (JsonValue replacement : replacements) {
        bodies.add(with(valid, field, replacement.toString()));
      }
    }
    return bodies;
  }

  private static String with(JsonObject valid, String field, String rawJson) {
    JsonObjectBuilder body = Json.createObjectBuilder(valid);
    body.remove(field);
    String rest = body.build().toString();
    String entry = Json.createValue(field).toString() + ":" + rawJson;
    return rest.equals("{}") ? "{" + entry + "}" : "{" + entry + "," + rest.substring(1);
  }

  private static boolean looksLikeADate(String text) {
    return text.matches("\\d{4}-\\d{2}-\\d{2}.*");
  }

  /** The matrix's example body, else one built from the operation's schema. */
  private static JsonObject example(Row row) {
    if (row.body() != null) {
      return Json.createReader(new java.io.StringReader(row.body())).readObject();
    }
    JsonObject operation = operation(row);
    if (operation == null || !operation.containsKey("requestBody")) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
    JsonObject json = content == null ? null : content.getJsonObject("application/json");
    if (json == null || !json.containsKey("schema")) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    JsonValue example = example(json.getJsonObject("schema"), 0);
    return example.getValueType() == JsonValue.ValueType.OBJECT
        ? example.asJsonObject()
        : JsonValue.EMPTY_JSON_OBJECT;
  }

  private static JsonValue example(JsonObject schema, int depth) {
    if (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").substring("#/components/schemas/".length());
      JsonObject referenced =
          openApi.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
      return depth > 3 || referenced == null ? JsonValue.NULL : example(referenced, depth + 1);
    }
    if (schema.containsKey("enum")) {
      return schema.getJsonArray("enum").get(0);
    }
    String type = schema.getString("type", "object");
    String format = schema.getString("format", "");
    return switch (type) {
      case "string" ->
          Json.createValue(
              switch (format) {
                case "date" -> "2031-05-05";
                case "date-time" -> "2031-05-05T10:00:00Z";
                default -> "Probe";
              });
      case "integer", "number" -> Json.createValue(1);
      case "boolean" -> JsonValue.FALSE;
      case "array" -> {
        JsonArrayBuilder items = Json.createArrayBuilder();
        if (schema.containsKey("items")) {
          items.add(example(schema.getJsonObject("items"), depth + 1));
        }
        yield items.build();
      }
      default -> {
        JsonObjectBuilder object = Json.createObjectBuilder();
        JsonObject properties = schema.getJsonObject("properties");
        if (properties != null) {
          properties.forEach(
              (name, property) -> object.add(name, example(property.asJsonObject(), depth + 1)));
        }
        yield object.build();
      }
    };
  }

  private static JsonObject operation(Row row) {
    JsonObject paths = openApi.getJsonObject("paths");
    for (String path : paths.keySet()) {
      String template = path.replaceAll("\\{[^}]+}", "{}");
      if (("/api" + template).equals(row.template()) || template.equals(row.template())) {
        return paths.getJsonObject(path).getJsonObject(row.method().toLowerCase());
      }
    }
    return null;
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");

  private static String resolve(String path) {
    Matcher matcher = PLACEHOLDER.matcher(path);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          resolved,
          Matcher.quoteReplacement(placeholders.getOrDefault(matcher.group(), "999999999")));
    }
    return matcher.appendTail(resolved).toString();
  }

  private static String abbreviated(String body) {
    return body.length() > 120 ? body.substring(0, 120) + "… (" + body.length() + ")" : body;
  }

  private static String first(Connection db, String sql) throws Exception {
    try (Statement query = db.createStatement();
        ResultSet result = query.executeQuery(sql)) {
      result.next();
      return String.valueOf(result.getLong(1));
    }
  }
}
