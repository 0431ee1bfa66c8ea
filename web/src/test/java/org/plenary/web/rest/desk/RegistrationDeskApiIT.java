package org.plenary.web.rest.desk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestMail;
import org.plenary.web.it.TestServer;
import org.plenary.web.rest.feedback.FeedbackFixtures;

/**
 * Delegations and the secretariat's registration desk through the REST API, each test on its own
 * seeded meeting and organisation.
 */
class RegistrationDeskApiIT {
  private static final LocalDate DAY = LocalDate.of(2027, 3, 10);
  private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

  final URL base = TestServer.url();

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
    assertThat(Api.json(byHeadFirst).asJsonObject().getString("code"))
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
    assertThat(Api.json(handOver).asJsonObject().getString("code"))
        .isEqualTo("HEAD_MAY_NOT_HAND_OVER");
    HttpResponse<String> notAnAlternate =
        Api.asDemo(base, "desk-heads-head")
            .post(
                path + "/substitutions", "{\"member\":" + member + ",\"alternate\":" + head + "}");
    assertThat(notAnAlternate.statusCode()).isEqualTo(422);
    assertThat(Api.json(notAnAlternate).asJsonObject().getString("code"))
        .isEqualTo("NOT_AN_ALTERNATE");
    assertThat(Api.asDemo(base, "delegate").get("api/meetings/desk-heads/delegations").statusCode())
        .isEqualTo(403);
    assertThat(Api.asDemo(base, "secretariat").get("api/meetings/desk-heads/delegations").body())
        .contains("Hugo Head")
        .doesNotContain("\"getPeople\"", "\"getEmail\"", "\"isManageable\"");
  }

  @Test
  void listsTheDelegationsFilteredSortedAndPagedForTheSecretariatOnly() throws Exception {
    seedMeetingWithPeople("desk-delegs");
    String north = "Nordland Delegation (IT desk-delegs)";
    String south = "Southland Delegation (IT desk-delegs)";
    Api secretariat = Api.asDemo(base, "secretariat");
    try (Seed seed = Seed.open()) {
      for (String[] delegation :
          List.of(new String[] {north, "ana", "bo"}, new String[] {south, "dan", "eve"})) {
        HttpResponse<String> formed =
            secretariat.put(
                "api/meetings/desk-delegs/delegations/" + encoded(delegation[0]),
                "{\"head\":"
                    + personId(seed, "desk-delegs-" + delegation[1])
                    + ",\"members\":["
                    + personId(seed, "desk-delegs-" + delegation[2])
                    + "]}");
        assertThat(formed.statusCode()).as(formed.body()).isEqualTo(200);
      }
    }
    String path = "api/meetings/desk-delegs/delegations";

    JsonObject page = Api.json(secretariat.get(path)).asJsonObject();
    assertThat(page.getInt("total")).isEqualTo(2);
    assertThat(organisations(page)).containsExactly(north, south);
    assertThat(page.getJsonArray("items").getJsonObject(0).getJsonArray("people")).hasSize(2);
    assertThat(organisations(secretariat, path + "?sort=-organisation"))
        .containsExactly(south, north);
    assertThat(organisations(secretariat, path + "?sort=country"))
        .as("Belgium's code before Estonia's")
        .containsExactly(south, north);
    assertThat(organisations(secretariat, path + "?q=EE")).containsExactly(north);
    assertThat(organisations(secretariat, path + "?q=dunn")).containsExactly(south);
    assertThat(organisations(secretariat, path + "?q=" + encoded("50%"))).isEmpty();
    JsonObject second = Api.json(secretariat.get(path + "?first=1&size=1")).asJsonObject();
    assertThat(second.getInt("total")).isEqualTo(2);
    assertThat(organisations(second)).containsExactly(south);

    HttpResponse<String> csv = secretariat.get(path + "/export.csv?q=dunn", "text/csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.body().lines())
        .containsExactly(
            "organisation,country,role,name,email,registered,social_event",
            south + ",BE,HEAD,Dan Dunn," + Seed.email("desk-delegs-dan") + ",false,",
            south + ",BE,MEMBER,Eve Ek," + Seed.email("desk-delegs-eve") + ",false,");
    assertThat(
            secretariat.get(path + "/export.csv?sort=-country", "text/csv").body().lines().skip(1))
        .extracting(line -> line.substring(0, line.indexOf(',')))
        .containsExactly(north, north, south, south);
    assertThat(Api.asDemo(base, "delegate").get(path + "/export.csv", "text/csv").statusCode())
        .isEqualTo(403);
    assertThat(secretariat.get(path + "?sort=size").body()).contains("\"sort\"");
    assertThat(secretariat.get(path + "?size=0").statusCode()).isEqualTo(400);
    assertThat(secretariat.get("api/meetings/no-such-meeting/delegations").statusCode())
        .isEqualTo(404);
    assertThat(Api.asDemo(base, "delegate").get(path).statusCode()).isEqualTo(403);
    assertThat(Api.anonymous(base).get(path).statusCode()).isEqualTo(401);
  }

  private static List<String> organisations(Api api, String path) {
    return Api.itemTexts(api.get(path), "organisation");
  }

  private static List<String> organisations(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(delegation -> delegation.getString("organisation"))
        .toList();
  }

  @Test
  void filtersSortsAndPagesTheDeskInTheDatabase() throws Exception {
    seedMeetingWithPeople("desk-list");
    register("desk-list", "desk-list-ana", "IN_PERSON", false, "en");
    register("desk-list", "desk-list-bo", "REMOTE", false, "en");
    register("desk-list", "desk-list-cy", "IN_PERSON", false, "en");
    register("desk-list", "desk-list-dan", "REMOTE", false, "en");
    register("desk-list", "desk-list-eve", "IN_PERSON", false, "en");
    Api secretariat = Api.asDemo(base, "secretariat");

    assertThat(names(secretariat, "api/meetings/desk-list/registrations?sort=-name"))
        .containsExactly("Eve Ek", "Dan Dunn", "Cy Cole", "Bo Berg", "Ana Aas");
    assertThat(names(secretariat, "api/meetings/desk-list/registrations?country=be"))
        .containsExactly("Dan Dunn", "Eve Ek");
    assertThat(
            names(
                secretariat,
                "api/meetings/desk-list/registrations?organisation=nordland&attendance=REMOTE"))
        .containsExactly("Bo Berg");
    assertThat(names(secretariat, "api/meetings/desk-list/registrations?q=CY"))
        .containsExactly("Cy Cole");
    JsonObject secondPage =
        Api.json(
                secretariat.get(
                    "api/meetings/desk-list/registrations?sort=organisation&size=2&page=1"))
            .asJsonObject();
    assertThat(secondPage.getInt("total")).isEqualTo(5);
    assertThat(secondPage.getJsonArray("rows")).hasSize(2);
    assertThat(secondPage.getJsonArray("rows").getJsonObject(0).keySet())
        .as("each field once, as the API documents it, not again under a Java getter's name")
        .contains("name", "email", "listed")
        .noneMatch(field -> field.startsWith("get") || field.startsWith("is"));
    assertThat(secondPage.getJsonObject("counts").getInt("SUBMITTED")).isEqualTo(5);

    long cy = registrationId(secretariat, "desk-list", "Cy Cole");
    HttpResponse<String> approved =
        secretariat.put(
            "api/meetings/desk-list/registrations/" + cy + "/decision",
            "{\"decision\":\"APPROVED\"}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(names(secretariat, "api/meetings/desk-list/registrations?status=approved"))
        .containsExactly("Cy Cole");
    assertThat(
            Api.json(secretariat.get("api/meetings/desk-list/registrations"))
                .asJsonObject()
                .getJsonObject("counts")
                .getInt("APPROVED"))
        .isEqualTo(1);

    assertThat(secretariat.get("api/meetings/desk-list/registrations?sort=shoe").statusCode())
        .isEqualTo(400);
    assertThat(
            Api.asDemo(base, "delegate").get("api/meetings/desk-list/registrations").statusCode())
        .isEqualTo(403);
    assertThat(
            Api.asDemo(base, "delegate")
                .put(
                    "api/meetings/desk-list/registrations/" + cy + "/decision",
                    "{\"decision\":\"APPROVED\"}")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void declinesWithAReasonMailedInTheRegistrantsLanguageAndPromotesTheNextInLine()
      throws Exception {
    seedMeetingWithPeople("desk-decide");
    Api secretariat = Api.asDemo(base, "secretariat");
    assertThat(
            secretariat
                .put("api/meetings/desk-decide/social-event/capacity", "{\"seats\":1}")
                .statusCode())
        .isEqualTo(200);
    register("desk-decide", "desk-decide-ana", "IN_PERSON", true, "fr");
    register("desk-decide", "desk-decide-bo", "IN_PERSON", true, "en");
    long ana = registrationId(secretariat, "desk-decide", "Ana Aas");
    long bo = registrationId(secretariat, "desk-decide", "Bo Berg");

    HttpResponse<String> noReason =
        secretariat.put(
            "api/meetings/desk-decide/registrations/" + ana + "/decision",
            "{\"decision\":\"DECLINED\"}");
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(Api.json(noReason).asJsonObject().getString("code")).isEqualTo("REASON_MISSING");

    HttpResponse<String> declined =
        secretariat.put(
            "api/meetings/desk-decide/registrations/" + ana + "/decision",
            "{\"decision\":\"DECLINED\",\"reason\":\"Places réservées aux délégués\"}");
    assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
    assertThat(Api.json(declined).asJsonObject().getString("status")).isEqualTo("DECLINED");
    MimeMessage mail =
        TestMail.await(Seed.email("desk-decide-ana"), "Inscription refusée", MAIL_WAIT);
    assertThat(TestMail.text(mail))
        .contains("Bonjour Ana Aas")
        .contains("Places réservées aux délégués");
    TestMail.await(Seed.email("desk-decide-bo"), "A seat for you", MAIL_WAIT);
    JsonObject seats =
        Api.json(secretariat.get("api/meetings/desk-decide/social-event")).asJsonObject();
    assertThat(seats.getInt("taken")).isEqualTo(1);
    assertThat(seats.getInt("waiting")).isZero();

    assertThat(
            secretariat
                .put(
                    "api/meetings/desk-decide/registrations/" + bo + "/decision",
                    "{\"decision\":\"APPROVED\"}")
                .statusCode())
        .isEqualTo(200);
    MimeMessage approved =
        TestMail.await(Seed.email("desk-decide-bo"), "Registration approved", MAIL_WAIT);
    assertThat(TestMail.text(approved)).contains("Dear Bo Berg");

    assertThat(
            secretariat
                .put(
                    "api/meetings/desk-decide/registrations/" + bo + "/decision",
                    "{\"decision\":\"CANCELLED\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(names(secretariat, "api/meetings/desk-decide/registrations"))
        .containsExactly("Ana Aas");
    assertThat(
            Api.json(secretariat.get("api/meetings/desk-decide/social-event"))
                .asJsonObject()
                .getInt("taken"))
        .isZero();
  }

  @Test
  void exportsTheDeskAsCsvAndXlsxAndPrintsNameBadges() throws Exception {
    seedMeetingWithPeople("desk-export");
    register("desk-export", "desk-export-ana", "IN_PERSON", false, "en");
    register("desk-export", "desk-export-eve", "REMOTE", false, "en");
    Api secretariat = Api.asDemo(base, "secretariat");

    HttpResponse<String> csv =
        secretariat.get("api/meetings/desk-export/registrations?sort=name", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).startsWith("name,email,organisation,country,status,attendance");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1))
        .startsWith(
            "Ana Aas,"
                + Seed.email("desk-export-ana")
                + ",Nordland Delegation (IT desk-export),EE,SUBMITTED,IN_PERSON");
    assertThat(lines.get(2)).contains("Eve Ek").contains(",BE,").contains(DAY.toString());
    assertThat(lines.get(0)).endsWith(",side_meetings,dietary_needs,accessibility_needs");
    assertThat(lines.get(2))
        .as("the secretariat plans catering and access from the needs given")
        .endsWith(",No nuts (IT),Step-free access (IT)");
    JsonObject eve =
        Api.json(secretariat.get("api/meetings/desk-export/registrations?q=eve"))
            .asJsonObject()
            .getJsonArray("rows")
            .getJsonObject(0);
    assertThat(eve.getString("dietaryNeeds")).isEqualTo("No nuts (IT)");
    assertThat(eve.getString("accessibilityNeeds")).isEqualTo("Step-free access (IT)");
    assertThat(secretariat.get("api/meetings/desk-export/registrations/export.csv", "*/*").body())
        .isEqualTo(csv.body());

    HttpResponse<byte[]> xlsx =
        secretariat.getBytes(
            "api/meetings/desk-export/registrations?sort=-name",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("name");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Eve Ek");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Ana Aas");
      assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("EE");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }

    HttpResponse<byte[]> badges =
        secretariat.getBytes("api/meetings/desk-export/badges.pdf", "application/pdf");
    assertThat(badges.statusCode()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(badges.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Ana Aas")
          .contains("Eve Ek")
          .contains("Nordland Delegation (IT desk-export)")
          .contains("Estonia")
          .contains("Desk test desk-export");
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
    }

    Api delegate = Api.asDemo(base, "delegate");
    assertThat(delegate.get("api/meetings/desk-export/registrations", "text/csv").statusCode())
        .isEqualTo(403);
    assertThat(
            delegate
                .getBytes("api/meetings/desk-export/badges.pdf", "application/pdf")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void theParticipantListShowsOnlyThoseWhoAgreedToRegisteredPeople() throws Exception {
    seedMeetingWithPeople("desk-consent");
    register("desk-consent", "desk-consent-ana", "IN_PERSON", false, "en");
    register("desk-consent", "desk-consent-bo", "IN_PERSON", false, "en");

    HttpResponse<String> list =
        Api.asDemo(base, "desk-consent-bo").get("api/meetings/desk-consent/participants");

    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonObject page = Api.json(list).asJsonObject();
    assertThat(page.getInt("total")).isEqualTo(1);
    assertThat(page.getJsonArray("rows").getJsonObject(0).getString("name")).isEqualTo("Ana Aas");
    assertThat(page.getJsonArray("rows").getJsonObject(0).keySet())
        .containsExactlyInAnyOrder("name", "organisation", "country");
    assertThat(
            Api.asDemo(base, "desk-consent-cy")
                .get("api/meetings/desk-consent/participants")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void theParticipantListFiltersAndSortsOnTheDatabase() throws Exception {
    seedMeetingWithPeople("desk-plist");
    register("desk-plist", "desk-plist-ana", "IN_PERSON", false, "en");
    register("desk-plist", "desk-plist-bo", "IN_PERSON", false, "en");
    for (String listed : List.of("desk-plist-dan", "desk-plist-eve")) {
      HttpResponse<String> registered =
          Api.asDemo(base, listed)
              .post(
                  "api/meetings/desk-plist/registrations",
                  "{\"days\":[\"" + DAY + "\"],\"attendance\":\"REMOTE\",\"listed\":true}");
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }
    Api ana = Api.asDemo(base, "desk-plist-ana");
    String path = "api/meetings/desk-plist/participants";

    assertThat(names(ana, path)).containsExactly("Ana Aas", "Dan Dunn", "Eve Ek");
    assertThat(names(ana, path + "?sort=-name")).containsExactly("Eve Ek", "Dan Dunn", "Ana Aas");
    assertThat(names(ana, path + "?sort=country"))
        .as("Belgium's code before Estonia's, then by name")
        .containsExactly("Dan Dunn", "Eve Ek", "Ana Aas");
    assertThat(names(ana, path + "?q=southland")).containsExactly("Dan Dunn", "Eve Ek");
    assertThat(names(ana, path + "?q=EE")).containsExactly("Ana Aas");
    assertThat(names(ana, path + "?q=dunn")).containsExactly("Dan Dunn");
    assertThat(names(ana, path + "?q=berg")).as("Bo is not listed").isEmpty();
    assertThat(names(ana, path + "?q=" + encoded("_"))).as("_ is a character").isEmpty();
    JsonObject filtered = Api.json(ana.get(path + "?q=southland&size=1")).asJsonObject();
    assertThat(filtered.getInt("total")).isEqualTo(2);
    assertThat(ana.get(path + "?sort=email").body()).contains("\"sort\"");
  }

  @Test
  void registeredParticipantsAreMailedWhatChangedWhenTheAgendaIsPublishedAgain() throws Exception {
    LocalDate day = LocalDate.of(2027, 5, 12);
    new FeedbackFixtures(base).publishMeeting("desk-republish", day, List.of("Opening session"));
    try (Seed seed = Seed.open()) {
      seed.accounts(
          List.of(
              new Seed.Person("desk-republish-en", "Nora North"),
              new Seed.Person("desk-republish-fr", "Félix Sud")),
          "Nordland Delegation (IT desk-republish)",
          "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    for (String who : List.of("en", "fr")) {
      HttpResponse<String> registered =
          Api.asDemo(base, "desk-republish-" + who)
              .send(
                  "POST",
                  "api/meetings/desk-republish/registrations",
                  "{\"days\":[\"" + day + "\"],\"attendance\":\"REMOTE\"}",
                  who);
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    String plan = "api/planning/meetings/desk-republish";
    long version =
        Api.json(secretariat.get(plan)).asJsonObject().getJsonNumber("version").longValue();
    HttpResponse<String> added =
        secretariat.post(
            plan + "/items",
            ("{\"version\": %d, \"date\": \"%s\", \"kind\": \"SESSION\", \"sessionNumber\": 2,"
                    + " \"title\": \"Digital identity panel\", \"start\": \"14:00\", \"end\": \"15:00\"}")
                .formatted(version, day));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    version = Api.json(added).asJsonObject().getJsonNumber("version").longValue();

    HttpResponse<String> published =
        secretariat.post(plan + "/versions", "{\"version\": %d}".formatted(version));

    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    MimeMessage english =
        TestMail.await(Seed.email("desk-republish-en"), "New agenda for", MAIL_WAIT);
    assertThat(TestMail.text(english))
        .contains("Dear Nora North")
        .contains("Added: \"Digital identity panel\"");
    MimeMessage french =
        TestMail.await(Seed.email("desk-republish-fr"), "Nouvel ordre du jour", MAIL_WAIT);
    assertThat(TestMail.text(french))
        .contains("Bonjour Félix Sud")
        .contains("« Digital identity panel »");
    assertThat(TestMail.to(Seed.email("desk-republish-en"), "New agenda for")).hasSize(1);
  }

  /**
   * A published one-day meeting and five people: Ana, Bo and Cy of a Nordland delegation (Estonia),
   * Dan and Eve of a Southland one (Belgium); user names are {@code <slug>-ana} and so on.
   */
  private void seedMeetingWithPeople(String slug) throws Exception {
    String north = "Nordland Delegation (IT " + slug + ")";
    String south = "Southland Delegation (IT " + slug + ")";
    try (Seed seed = Seed.open()) {
      seed.publishedMeeting(
          slug, "Desk test " + slug, List.of(new Seed.Day(DAY, "Day 1", List.of())));
      seed.accounts(
          List.of(
              new Seed.Person(slug + "-ana", "Ana Aas"),
              new Seed.Person(slug + "-bo", "Bo Berg"),
              new Seed.Person(slug + "-cy", "Cy Cole")),
          north,
          "OECD_MEMBER_DELEGATION");
      seed.accounts(
          List.of(
              new Seed.Person(slug + "-dan", "Dan Dunn"), new Seed.Person(slug + "-eve", "Eve Ek")),
          south,
          "OECD_MEMBER_DELEGATION");
      seed.execute(
          "update organisation set country_id = (select id from country where code = 'EE')"
              + " where name = ?",
          north);
      seed.execute(
          "update organisation set country_id = (select id from country where code = 'BE')"
              + " where name = ?",
          south);
      seed.commit();
    }
  }

  private void register(String slug, String username, String attendance, boolean bus, String lang)
      throws Exception {
    boolean listed = username.endsWith("-ana");
    HttpResponse<String> response =
        Api.asDemo(base, username)
            .send(
                "POST",
                "api/meetings/" + slug + "/registrations",
                "{\"days\":[\""
                    + DAY
                    + "\"],\"attendance\":\""
                    + attendance
                    + "\",\"socialEvent\":"
                    + bus
                    + ",\"listed\":"
                    + listed
                    + (username.endsWith("-eve")
                        ? ",\"dietaryNeeds\":\"No nuts (IT)\","
                            + "\"accessibilityNeeds\":\"Step-free access (IT)\""
                        : "")
                    + "}",
                lang);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private static List<String> names(Api api, String path) {
    HttpResponse<String> response = api.get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Api.json(response)
        .asJsonObject()
        .getJsonArray("rows")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(row -> row.getString("name"))
        .toList();
  }

  private static long registrationId(Api api, String slug, String name) {
    return Api.json(api.get("api/meetings/" + slug + "/registrations?size=200"))
        .asJsonObject()
        .getJsonArray("rows")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(row -> row.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static long personId(Seed seed, String username) throws Exception {
    return seed.number("select id from person where email = ?", Seed.email(username));
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
