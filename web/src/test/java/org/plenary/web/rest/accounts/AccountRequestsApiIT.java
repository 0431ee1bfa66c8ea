package org.plenary.web.rest.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestMail;
import org.plenary.web.it.TestServer;

/**
 * Asking for an account through the REST API: the mailed confirmation link works once and only
 * until it expires, the secretariat approves or declines, invitations, duplicates, bad input, and
 * the roles that may not do the secretariat's part.
 */
class AccountRequestsApiIT {
  private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
  private static final String PASSWORD = "a-long-secret-1";

  final URL base = TestServer.url();

  @Test
  void confirmsTheAddressOnceAndOpensTheAccountWhenTheSecretariatApproves() {
    String email = "ada.request@accounts-it.example";
    HttpResponse<String> asked = Api.anonymous(base).post("api/account-requests", body(email));
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);

    MimeMessage mail = TestMail.await(email, "Confirm your e-mail address", MAIL_WAIT);
    assertThat(TestMail.text(mail))
        .contains("Dear Ada Request")
        .contains("/accounts/confirm.xhtml");
    String token = TestMail.token(mail);
    String confirmBody = "{\"token\":\"" + token + "\"}";
    HttpResponse<String> confirmed =
        Api.anonymous(base).post("api/account-requests/confirm", confirmBody);
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);

    HttpResponse<String> again =
        Api.anonymous(base).post("api/account-requests/confirm", confirmBody);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(problem(again).getString("code")).isEqualTo("TOKEN_INVALID");
    assertThat(problem(again).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("token");

    JsonObject request = only("CONFIRMED", email);
    assertThat(request.getString("organisation")).isEqualTo("Ministry of Testing");
    assertThat(request.getString("role")).isEqualTo("DELEGATE");
    assertThat(request.toString()).doesNotContain(PASSWORD).doesNotContain(token);
    assertThat(Api.as(base, email, PASSWORD).get("api/me/registrations").statusCode())
        .isEqualTo(401);

    HttpResponse<String> approved =
        Api.asDemo(base, "secretariat")
            .post("api/account-requests/" + request.getJsonNumber("id") + "/approval", "{}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(Api.json(approved).asJsonObject().getString("status")).isEqualTo("APPROVED");
    TestMail.await(email, "Your Plenary account is open", MAIL_WAIT);
    assertThat(Api.as(base, email, PASSWORD).get("api/me/registrations").statusCode())
        .isEqualTo(200);

    HttpResponse<String> twice =
        Api.asDemo(base, "secretariat")
            .post("api/account-requests/" + request.getJsonNumber("id") + "/approval", "{}");
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(problem(twice).getString("code")).isEqualTo("NOT_AWAITING_DECISION");

    JsonObject audit =
        Api.json(
                Api.asDemo(base, "secretariat")
                    .get("api/audit?size=500&objectType=account-request&action=account-request."))
            .asJsonObject();
    assertThat(audit.getJsonArray("entries").getValuesAs(JsonObject.class))
        .filteredOn(e -> e.getString("objectId").equals(request.getJsonNumber("id").toString()))
        .extracting(e -> e.getString("action"))
        .contains(
            "account-request.submitted", "account-request.confirmed", "account-request.approved");
    assertThat(auditedTypes("objectType=account"))
        .as("a prefix keeps the requests")
        .contains("account", "account-request");
    assertThat(auditedTypes("objectType=account&exact=true"))
        .as("a whole code keeps only its own type")
        .containsOnly("account");
    HttpResponse<String> notYesOrNo =
        Api.asDemo(base, "secretariat").get("api/audit?objectType=account&exact=yes");
    assertThat(notYesOrNo.statusCode()).isEqualTo(400);
    assertThat(notYesOrNo.body()).contains("\"exact\"");
  }

  private List<String> auditedTypes(String filter) {
    return Api.json(Api.asDemo(base, "secretariat").get("api/audit?size=500&" + filter))
        .asJsonObject()
        .getJsonArray("entries")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(e -> e.getString("objectType"))
        .toList();
  }

  @Test
  void describesTheAccountEndpointsInOpenApi() {
    HttpResponse<String> openApi = Api.anonymous(base).get("/openapi", "application/json");

    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(openApi.body())
        .contains("/api/account-requests/confirm")
        .contains("/api/account-requests/{id}/approval")
        .contains("/api/account-requests/{id}/decline")
        .contains("/api/invitations/acceptance");
  }

  @Test
  void answersTheSameForAnAddressThatHasAnAccountAndTellsOnlyItsMailbox() {
    String fresh = "fresh.address@accounts-it.example";
    String taken = "mari.tamm@delegation-ee.example"; // the demo delegate's

    HttpResponse<String> forFresh = Api.anonymous(base).post("api/account-requests", body(fresh));
    HttpResponse<String> forTaken = Api.anonymous(base).post("api/account-requests", body(taken));

    assertThat(forTaken.statusCode()).isEqualTo(forFresh.statusCode()).isEqualTo(202);
    assertThat(forTaken.body()).isEqualTo(forFresh.body());
    TestMail.await(taken, "You already have a Plenary account", MAIL_WAIT);
    assertThat(TestMail.to(taken, "Confirm your e-mail address")).isEmpty();
    assertThat(Api.json(list("", taken)).asJsonObject().getInt("total")).isZero();
  }

  @Test
  void refusesAnExpiredConfirmationLink() throws Exception {
    String email = "late.confirmer@accounts-it.example";
    assertThat(Api.anonymous(base).post("api/account-requests", body(email)).statusCode())
        .isEqualTo(202);
    String token = TestMail.token(TestMail.await(email, "Confirm your e-mail", MAIL_WAIT));
    try (Seed seed = Seed.open()) {
      assertThat(
              seed.execute(
                  "update account_request set token_expires_at = ? where email = ?",
                  OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                  email))
          .isEqualTo(1);
      seed.commit();
    }

    HttpResponse<String> late =
        Api.anonymous(base).post("api/account-requests/confirm", "{\"token\":\"" + token + "\"}");

    assertThat(late.statusCode()).isEqualTo(410);
    assertThat(problem(late).getString("code")).isEqualTo("TOKEN_EXPIRED");
    assertThat(only("UNCONFIRMED", email).getString("fullName")).isEqualTo("Ada Request");
  }

  @Test
  void refusesBadInputNamingTheField() {
    Api anyone = Api.anonymous(base);

    HttpResponse<String> badEmail =
        anyone.post("api/account-requests", body("not-an-address").replace("DELEGATE", "MEMBER"));
    assertThat(badEmail.statusCode()).isEqualTo(400);
    assertThat(problem(badEmail).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("email");

    HttpResponse<String> badCountry =
        anyone.post(
            "api/account-requests",
            body("nowhere@accounts-it.example").replace("\"BE\"", "\"ZZ\""));
    assertThat(badCountry.statusCode()).isEqualTo(400);
    assertThat(problem(badCountry).getString("code")).isEqualTo("COUNTRY_UNKNOWN");

    HttpResponse<String> badRole =
        anyone.post(
            "api/account-requests",
            body("boss@accounts-it.example").replace("DELEGATE", "SECRETARIAT"));
    assertThat(badRole.statusCode()).isEqualTo(400);
    assertThat(problem(badRole).getString("code")).isEqualTo("ROLE_NOT_ALLOWED");

    HttpResponse<String> shortPassword =
        anyone.post(
            "api/account-requests", body("short@accounts-it.example").replace(PASSWORD, "short"));
    assertThat(shortPassword.statusCode()).isEqualTo(400);
    assertThat(problem(shortPassword).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("password");
    assertThat(TestMail.to("short@accounts-it.example", "")).isEmpty();
  }

  @Test
  void sortsTheRequestsByNameOrganisationOrDate() {
    for (String[] request :
        List.of(
            new String[] {"Zed Sorter", "zed@sort-it.example", "Bureau of Sorting"},
            new String[] {"Amy Sorter", "amy@sort-it.example", "Council of Sorting"},
            new String[] {"Max Sorter", "max@sort-it.example", "Agency of Sorting"})) {
      String body =
          """
          {"fullName":"%s","email":"%s","organisation":"%s","country":"BE",
           "category":"MINISTRY","role":"DELEGATE"}
          """
              .formatted(request[0], request[1], request[2]);
      HttpResponse<String> asked = Api.anonymous(base).post("api/account-requests", body);
      assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    }

    assertThat(names("")).containsExactly("Zed Sorter", "Amy Sorter", "Max Sorter");
    assertThat(names("&sort=-createdAt")).containsExactly("Max Sorter", "Amy Sorter", "Zed Sorter");
    assertThat(names("&sort=fullName")).containsExactly("Amy Sorter", "Max Sorter", "Zed Sorter");
    assertThat(names("&sort=-fullName")).containsExactly("Zed Sorter", "Max Sorter", "Amy Sorter");
    assertThat(names("&sort=organisation"))
        .containsExactly("Max Sorter", "Zed Sorter", "Amy Sorter");
    HttpResponse<String> bad =
        Api.asDemo(base, "secretariat").get("api/account-requests?sort=role");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"sort\"");
  }

  private List<String> names(String sort) {
    return Api.itemTexts(
        Api.asDemo(base, "secretariat").get("api/account-requests?q=sort-it.example" + sort),
        "fullName");
  }

  @Test
  void refusesTheSecretariatsPartToOtherRoles() {
    Api delegate = Api.asDemo(base, "delegate");
    assertThat(delegate.get("api/account-requests").statusCode()).isEqualTo(403);
    assertThat(delegate.post("api/account-requests/1/approval", "{}").statusCode()).isEqualTo(403);
    assertThat(delegate.post("api/account-requests/1/decline", "{\"reason\":\"no\"}").statusCode())
        .isEqualTo(403);
    assertThat(
            Api.asDemo(base, "member")
                .post("api/invitations", invitation("x@accounts-it.example", "en"))
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> anonymous = Api.anonymous(base).get("api/account-requests");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void invitesInFrenchAndTheInviteeSetsAPasswordOnce() {
    String email = "invitee.fr@accounts-it.example";
    Api secretariat = Api.asDemo(base, "secretariat");

    HttpResponse<String> invited = secretariat.post("api/invitations", invitation(email, "fr"));
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    assertThat(Api.json(invited).asJsonObject().getString("status")).isEqualTo("AWAITING_PASSWORD");

    HttpResponse<String> duplicate =
        secretariat.post("api/invitations", invitation(email.toUpperCase(), "en"));
    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(problem(duplicate).getString("code")).isEqualTo("EMAIL_TAKEN");
    assertThat(problem(duplicate).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("email");

    MimeMessage mail = TestMail.await(email, "Vous êtes invité à Plenary", MAIL_WAIT);
    assertThat(TestMail.text(mail)).contains("Bonjour Inès Invitée").contains("lang=fr");
    String accept =
        "{\"token\":\"" + TestMail.token(mail) + "\",\"password\":\"" + PASSWORD + "\"}";
    HttpResponse<String> accepted = Api.anonymous(base).post("api/invitations/acceptance", accept);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(Api.json(accepted).asJsonObject().getString("username")).isEqualTo(email);
    assertThat(Api.as(base, email, PASSWORD).get("api/me/registrations").statusCode())
        .isEqualTo(200);

    HttpResponse<String> reused = Api.anonymous(base).post("api/invitations/acceptance", accept);
    assertThat(reused.statusCode()).isEqualTo(400);
    assertThat(problem(reused).getString("code")).isEqualTo("TOKEN_INVALID");
  }

  @Test
  void anInviteeOfADelegationIsAdmittedToTheDelegatesOnlyDay() {
    String email = "invitee.delegation@accounts-it.example";
    Api secretariat = Api.asDemo(base, "secretariat");
    String delegation =
        """
        {"fullName":"Ida Invited","email":"%s","role":"DELEGATE","language":"en",
         "organisation":"Delegation of Invitland (IT)","country":"BE"%s}
        """;

    HttpResponse<String> noCategory =
        secretariat.post("api/invitations", delegation.formatted(email, ""));
    assertThat(noCategory.statusCode()).as(noCategory.body()).isEqualTo(400);
    assertThat(problem(noCategory).getString("code")).isEqualTo("CATEGORY_MISSING");
    assertThat(problem(noCategory).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("category");

    HttpResponse<String> invited =
        secretariat.post(
            "api/invitations",
            delegation.formatted(email, ",\"category\":\"OECD_MEMBER_DELEGATION\""));
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);

    MimeMessage mail = TestMail.await(email, "You are invited to Plenary", MAIL_WAIT);
    HttpResponse<String> accepted =
        Api.anonymous(base)
            .post(
                "api/invitations/acceptance",
                "{\"token\":\"" + TestMail.token(mail) + "\",\"password\":\"" + PASSWORD + "\"}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

    HttpResponse<String> registered =
        Api.as(base, email, PASSWORD)
            .post(
                "api/meetings/e-leaders-2019/registrations",
                "{\"days\":[\"2019-09-19\",\"2019-09-20\"],\"attendance\":\"REMOTE\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
  }

  @Test
  void declinesInTheLanguageOfTheRequestWithTheReason() {
    String email = "declined.fr@accounts-it.example";
    HttpResponse<String> asked =
        Api.anonymous(base).send("POST", "api/account-requests", body(email), "fr-FR,fr;q=0.9");
    assertThat(asked.statusCode()).isEqualTo(202);
    MimeMessage confirm = TestMail.await(email, "Confirmez votre adresse électronique", MAIL_WAIT);
    assertThat(
            Api.anonymous(base)
                .post(
                    "api/account-requests/confirm",
                    "{\"token\":\"" + TestMail.token(confirm) + "\"}")
                .statusCode())
        .isEqualTo(200);
    long id = only("CONFIRMED", email).getJsonNumber("id").longValue();

    HttpResponse<String> noReason =
        Api.asDemo(base, "secretariat").post("api/account-requests/" + id + "/decline", "{}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    HttpResponse<String> declined =
        Api.asDemo(base, "secretariat")
            .post(
                "api/account-requests/" + id + "/decline",
                "{\"reason\":\"Réservé aux délégations <membres>\"}");
    assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);

    MimeMessage mail = TestMail.await(email, "Votre demande de compte Plenary", MAIL_WAIT);
    assertThat(TestMail.text(mail)).contains("Réservé aux délégations <membres>");
    assertThat(only("DECLINED", email).getString("declineReason"))
        .isEqualTo("Réservé aux délégations <membres>");
  }

  @Test
  void letsAnApprovedPersonWithoutAPasswordSetOneThroughTheMailedLink() {
    String email = "later.password@accounts-it.example";
    String withoutPassword = body(email).replace(",\"password\":\"" + PASSWORD + "\"", "");
    assertThat(Api.anonymous(base).post("api/account-requests", withoutPassword).statusCode())
        .isEqualTo(202);
    String token = TestMail.token(TestMail.await(email, "Confirm your e-mail", MAIL_WAIT));
    Api.anonymous(base).post("api/account-requests/confirm", "{\"token\":\"" + token + "\"}");
    long id = only("CONFIRMED", email).getJsonNumber("id").longValue();

    HttpResponse<String> approved =
        Api.asDemo(base, "secretariat").post("api/account-requests/" + id + "/approval", "{}");
    assertThat(Api.json(approved).asJsonObject().getString("status"))
        .isEqualTo("AWAITING_PASSWORD");

    MimeMessage mail = TestMail.await(email, "set your password", MAIL_WAIT);
    assertThat(TestMail.text(mail)).contains("/accounts/accept.xhtml");
    HttpResponse<String> accepted =
        Api.anonymous(base)
            .post(
                "api/invitations/acceptance",
                "{\"token\":\"" + TestMail.token(mail) + "\",\"password\":\"" + PASSWORD + "\"}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(Api.as(base, email, PASSWORD).get("api/me/registrations").statusCode())
        .isEqualTo(200);
    assertThat(only("APPROVED", email).getString("username")).isEqualTo(email);
  }

  private JsonObject only(String status, String email) {
    JsonObject page = Api.json(list(status, email)).asJsonObject();
    assertThat(page.getInt("total")).as(page.toString()).isEqualTo(1);
    return page.getJsonArray("items").getJsonObject(0);
  }

  private HttpResponse<String> list(String status, String email) {
    HttpResponse<String> response =
        Api.asDemo(base, "secretariat")
            .get("api/account-requests?status=" + status + "&q=" + email);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  private static JsonObject problem(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    return Api.json(response).asJsonObject();
  }

  private static String body(String email) {
    return """
        {"fullName":"Ada Request","email":"%s","organisation":"Ministry of Testing",
         "country":"BE","category":"MINISTRY","role":"DELEGATE","password":"%s"}
        """
        .formatted(email, PASSWORD);
  }

  private static String invitation(String email, String language) {
    return """
        {"fullName":"Inès Invitée","email":"%s","role":"MEMBER","language":"%s"}
        """
        .formatted(email, language);
  }
}
