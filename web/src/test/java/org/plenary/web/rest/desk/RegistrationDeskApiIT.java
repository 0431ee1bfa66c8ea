package org.plenary.web.rest.desk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.web.it.Api;
import org.plenary.web.it.Deployments;
import org.plenary.web.it.Seed;

/**
 * Delegations and the secretariat's registration desk through the REST API, each test on its own
 * seeded meeting and organisation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationDeskApiIT {
  private static final LocalDate DAY = LocalDate.of(2027, 3, 10);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.plenary();
  }

  @ArquillianResource URL base;

  @Test
  void aSubstitutionMovesTheMembersSeatToTheAlternateWithoutCountingItAgain() throws Exception {
    String org = "Delegation of Deskland (IT subst)";
    long head;
    long member;
    long alternate;
    try (Seed seed = Seed.open()) {
      seed.publishedMeeting(
          "desk-subst", "Desk substitution test", List.of(new Seed.Day(DAY, "Day 1", List.of())));
      seed.accounts(
          List.of(
              new Seed.Person("desk-subst-head", "Hanna Head"),
              new Seed.Person("desk-subst-member", "Mats Member"),
              new Seed.Person("desk-subst-alt", "Alva Alternate")),
          org,
          "OECD_MEMBER_DELEGATION");
      seed.commit();
      head = personId(seed, "desk-subst-head");
      member = personId(seed, "desk-subst-member");
      alternate = personId(seed, "desk-subst-alt");
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    assertThat(
            secretariat
                .put("api/meetings/desk-subst/social-event/capacity", "{\"seats\":1}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> registered =
        Api.asDemo(base, "desk-subst-member")
            .post(
                "api/meetings/desk-subst/registrations",
                "{\"days\":[\"" + DAY + "\"],\"socialEvent\":true,\"attendance\":\"IN_PERSON\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    String path = "api/meetings/desk-subst/delegations/" + encoded(org);
    HttpResponse<String> formed =
        secretariat.put(
            path,
            "{\"head\":"
                + head
                + ",\"members\":["
                + member
                + "],\"alternates\":["
                + alternate
                + "]}");
    assertThat(formed.statusCode()).as(formed.body()).isEqualTo(200);

    HttpResponse<String> substituted =
        Api.asDemo(base, "desk-subst-head")
            .post(
                path + "/substitutions",
                "{\"member\":" + member + ",\"alternate\":" + alternate + "}");

    assertThat(substituted.statusCode()).as(substituted.body()).isEqualTo(200);
    List<JsonObject> people =
        Api.json(substituted).asJsonObject().getJsonArray("people").getValuesAs(JsonObject.class);
    assertThat(people)
        .extracting(
            p -> p.getString("name") + " " + p.getString("role") + " " + p.getBoolean("registered"))
        .containsExactly(
            "Hanna Head HEAD false", "Alva Alternate MEMBER true", "Mats Member ALTERNATE false");
    JsonObject seats =
        Api.json(secretariat.get("api/meetings/desk-subst/social-event")).asJsonObject();
    assertThat(seats.getInt("capacity")).isEqualTo(1);
    assertThat(seats.getInt("taken")).isEqualTo(1);
    assertThat(seats.getInt("waiting")).isZero();
    HttpResponse<String> alternates =
        Api.asDemo(base, "desk-subst-alt").get("api/me/registrations/desk-subst");
    assertThat(alternates.statusCode()).isEqualTo(200);
    assertThat(Api.json(alternates).asJsonObject().getJsonObject("socialEvent").getString("status"))
        .isEqualTo("CONFIRMED");
    assertThat(
            Api.asDemo(base, "desk-subst-member")
                .get("api/me/registrations/desk-subst")
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> audit =
        secretariat.get("api/audit?size=20&action=delegation.substitution");
    assertThat(audit.body()).contains("Alva Alternate").contains("registration and seat moved");
  }

  @Test
  void onlyTheHeadAndTheSecretariatManageADelegation() throws Exception {
    String org = "Delegation of Deskland (IT heads)";
    long head;
    long member;
    try (Seed seed = Seed.open()) {
      seed.publishedMeeting(
          "desk-heads", "Desk heads test", List.of(new Seed.Day(DAY, "Day 1", List.of())));
      seed.accounts(
          List.of(
              new Seed.Person("desk-heads-head", "Hugo Head"),
              new Seed.Person("desk-heads-member", "Mia Member")),
          org,
          "OECD_MEMBER_DELEGATION");
      seed.commit();
      head = personId(seed, "desk-heads-head");
      member = personId(seed, "desk-heads-member");
    }
    String path = "api/meetings/desk-heads/delegations/" + encoded(org);
    String body = "{\"head\":" + head + ",\"members\":[" + member + "]}";
    HttpResponse<String> byHeadFirst = Api.asDemo(base, "desk-heads-head").put(path, body);
    assertThat(byHeadFirst.statusCode()).isEqualTo(403);
    assertThat(Api.json(byHeadFirst).asJsonObject().getString("rule"))
        .isEqualTo("NOT_HEAD_OF_DELEGATION");
    assertThat(Api.asDemo(base, "secretariat").put(path, body).statusCode()).isEqualTo(200);

    assertThat(Api.asDemo(base, "desk-heads-member").get(path).statusCode()).isEqualTo(200);
    assertThat(Api.asDemo(base, "delegate").get(path).statusCode()).isEqualTo(403);
    assertThat(
            Api.asDemo(base, "delegate")
                .post(
                    path + "/substitutions",
                    "{\"member\":" + member + ",\"alternate\":" + head + "}")
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> handOver =
        Api.asDemo(base, "desk-heads-head")
            .put(path, "{\"head\":" + member + ",\"members\":[" + head + "]}");
    assertThat(handOver.statusCode()).isEqualTo(422);
    assertThat(Api.json(handOver).asJsonObject().getString("rule"))
        .isEqualTo("HEAD_MAY_NOT_HAND_OVER");
    HttpResponse<String> notAnAlternate =
        Api.asDemo(base, "desk-heads-head")
            .post(
                path + "/substitutions", "{\"member\":" + member + ",\"alternate\":" + head + "}");
    assertThat(notAnAlternate.statusCode()).isEqualTo(422);
    assertThat(Api.json(notAnAlternate).asJsonObject().getString("rule"))
        .isEqualTo("NOT_AN_ALTERNATE");
    assertThat(Api.asDemo(base, "delegate").get("api/meetings/desk-heads/delegations").statusCode())
        .isEqualTo(403);
    assertThat(Api.asDemo(base, "secretariat").get("api/meetings/desk-heads/delegations").body())
        .contains("Hugo Head");
  }

  private static long personId(Seed seed, String username) throws Exception {
    return seed.number("select id from person where email = ?", Seed.email(username));
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
