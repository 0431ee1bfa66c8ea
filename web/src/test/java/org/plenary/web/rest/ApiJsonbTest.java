package org.plenary.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.SocialEventPlace;
import org.plenary.web.rest.notifications.SettingsBody;
import org.plenary.web.rest.planning.PlanningForms.ItemForm;
import org.plenary.web.rest.registrations.RegistrationJson;
import org.plenary.web.rest.registrations.RegistrationRequest;

/**
 * The API's JSON-B (on the server's own Yasson) takes a boolean only from JSON true or false, a
 * text only from a JSON string, a whole number only from a JSON number without a fraction in its
 * type's range (or each from null), in a public field, a record's component, a setter or a list,
 * refusing anything else as a value of the wrong type of the property it names; it writes answers
 * as the default JSON-B.
 */
class ApiJsonbTest {
  private final ApiJsonb resolver = new ApiJsonb();
  private final Jsonb jsonb;

  ApiJsonbTest() {
    resolver.open();
    jsonb = resolver.getContext(RegistrationRequest.class);
  }

  @AfterEach
  void close() {
    resolver.close();
  }

  @Test
  void refusesAStringOrANumberForABooleanNamingItsProperty() {
    // public fields, records' components, a setter's property
    Map<String, Class<?>> booleans =
        Map.of(
            "listed", RegistrationRequest.class,
            "socialEvent", RegistrationRequest.class,
            "boxed", Flags.class,
            "continued", ItemForm.class,
            "byEmail", SettingsBody.class);
    for (String value : List.of("\"yes\"", "\"true\"", "\"false\"", "\"\"", "1", "0", "{}", "[]")) {
      booleans.forEach(
          (property, type) ->
              assertThat(refusedProperty("{\"" + property + "\":" + value + "}", type))
                  .as("%s %s", property, value)
                  .isEqualTo(property));
      assertThat(refusedProperty("{\"flags\":[true," + value + "]}", Flags.class))
          .as("%s in a list", value)
          .isEqualTo("flags");
    }
  }

  @Test
  void takesTrueFalseAndNull() {
    RegistrationRequest yes =
        jsonb.fromJson("{\"socialEvent\":true,\"listed\":false}", RegistrationRequest.class);
    RegistrationRequest none =
        jsonb.fromJson("{\"socialEvent\":null,\"listed\":null}", RegistrationRequest.class);
    assertThat(yes.socialEvent).isTrue();
    assertThat(yes.listed).isFalse();
    assertThat(none.socialEvent).isNull();
    assertThat(none.listed).isNull();
    assertThat(jsonb.fromJson("{\"continued\":true}", ItemForm.class).continued()).isTrue();
    assertThat(jsonb.fromJson("{\"continued\":null}", ItemForm.class).continued()).isNull();
    assertThat(jsonb.fromJson("{}", ItemForm.class).continued()).isNull();
    assertThat(jsonb.fromJson("{\"boxed\":true}", Flags.class).boxed()).isTrue();
    assertThat(jsonb.fromJson("{\"boxed\":null}", Flags.class).boxed()).isNull();
    assertThat(jsonb.fromJson("{\"byEmail\":false}", SettingsBody.class).getByEmail()).isFalse();
    assertThat(jsonb.fromJson("{\"flags\":[true,false,null]}", Flags.class).flags())
        .containsExactly(true, false, null);
  }

  @Test
  void refusesANumberABooleanOrAStructureForATextNamingItsProperty() {
    for (String value : List.of("12", "0.5", "true", "false", "{}", "[]", "[\"a\"]")) {
      assertThat(refusedProperty("{\"dietaryNeeds\":" + value + "}", RegistrationRequest.class))
          .as("dietaryNeeds %s", value)
          .isEqualTo("dietaryNeeds");
      assertThat(refusedProperty("{\"version\":1,\"title\":" + value + "}", ItemForm.class))
          .as("title %s", value)
          .isEqualTo("title");
      assertThat(
              refusedProperty(
                  "{\"sideMeetings\":[\"a\"," + value + "]}", RegistrationRequest.class))
          .as("%s in a list", value)
          .isEqualTo("sideMeetings");
    }
  }

  @Test
  void takesTextsFromStringsAndNull() {
    RegistrationRequest request =
        jsonb.fromJson(
            "{\"dietaryNeeds\":\"12\",\"accessibilityNeeds\":null,\"sideMeetings\":[\"Éé \\\"x\\\"\",\"\"]}",
            RegistrationRequest.class);
    assertThat(request.dietaryNeeds).isEqualTo("12");
    assertThat(request.accessibilityNeeds).isNull();
    assertThat(request.sideMeetings).containsExactly("Éé \"x\"", "");
    assertThat(jsonb.fromJson("{\"title\":\"Session 1\"}", ItemForm.class).title())
        .isEqualTo("Session 1");
  }

  @Test
  void refusesAFractionATextOrANumberOutOfRangeForAWholeNumberNamingItsProperty() {
    List<String> values =
        List.of(
            "4.5",
            "\"4\"",
            "true",
            "{}",
            "[]",
            "1e-1",
            "1e400",
            "-1e999999999",
            "123456789012345678901234567890");
    for (String value : values) {
      assertThat(refusedProperty("{\"sessionNumber\":" + value + "}", ItemForm.class))
          .as("sessionNumber %s", value)
          .isEqualTo("sessionNumber");
      assertThat(refusedProperty("{\"version\":" + value + "}", ItemForm.class))
          .as("version %s", value)
          .isEqualTo("version");
    }
    assertThat(refusedProperty("{\"sessionNumber\":2147483648}", ItemForm.class))
        .isEqualTo("sessionNumber");
    assertThat(refusedProperty("{\"version\":9223372036854775808}", ItemForm.class))
        .isEqualTo("version");
  }

  @Test
  void takesWholeNumbersWrittenAnyWayAndNull() {
    ItemForm form =
        jsonb.fromJson("{\"sessionNumber\":2147483647,\"version\":4e2}", ItemForm.class);
    assertThat(form.sessionNumber()).isEqualTo(Integer.MAX_VALUE);
    assertThat(form.version()).isEqualTo(400L);
    assertThat(jsonb.fromJson("{\"sessionNumber\":-3.0,\"version\":null}", ItemForm.class))
        .extracting(ItemForm::sessionNumber, ItemForm::version)
        .containsExactly(-3, null);
    assertThat(jsonb.fromJson("{\"version\":-9223372036854775808}", ItemForm.class).version())
        .isEqualTo(Long.MIN_VALUE);
  }

  /** Why no body declares a primitive boolean ({@link RequestBodiesTest}). */
  @Test
  void aPrimitiveBooleanStillTakesAnyString() {
    assertThat(jsonb.fromJson("{\"primitive\":\"yes\"}", Flags.class).primitive()).isFalse();
  }

  @Test
  void writesAnswersAsTheDefaultJsonB() throws Exception {
    RegistrationJson registration =
        new RegistrationJson(
            "e-leaders-2019",
            "Leaders' meeting",
            "Ana Lima",
            "SUBMITTED",
            List.of(LocalDate.of(2019, 5, 6)),
            List.of(),
            Attendance.IN_PERSON,
            new RegistrationJson.SocialEventJson(SocialEventPlace.WAITING, 2),
            null,
            "step-free access",
            true,
            Instant.parse("2019-04-01T08:30:00Z"),
            null,
            false);
    Object[] answers = {
      registration, List.of(registration), Map.of("listed", false), new Flags(true, null, null)
    };
    try (Jsonb standard = JsonbBuilder.create()) {
      for (Object answer : answers) {
        assertThat(jsonb.toJson(answer)).isEqualTo(standard.toJson(answer));
      }
    }
    assertThat(jsonb.toJson(registration))
        .contains("\"listed\":true", "\"changeable\":false", "\"days\":[\"2019-05-06\"]");
  }

  private String refusedProperty(String body, Class<?> type) {
    JsonbException refused =
        catchThrowableOfType(() -> jsonb.fromJson(body, type), JsonbException.class);
    assertThat(refused).as(body).isNotNull();
    return ProblemMapper.jsonProperty(refused);
  }

  public record Flags(boolean primitive, Boolean boxed, List<Boolean> flags) {}
}
