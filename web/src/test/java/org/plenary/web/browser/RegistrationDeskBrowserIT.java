package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.HeldRow;
import org.plenary.web.it.Seed;

/**
 * The secretariat filters and sorts a meeting's registration desk, declines a registration with a
 * reason and downloads the CSV; a head of delegation substitutes an alternate for a member; a
 * delegate is refused the desk. Every page is checked with axe.
 */
class RegistrationDeskBrowserIT extends BrowserTest {
  private static final LocalDate DAY = LocalDate.of(2027, 4, 7);

  @Test
  void theSecretariatFiltersSortsDeclinesWithAReasonAndDownloadsTheCsv() throws Exception {
    seedMeeting("desk-web", List.of("ana", "bo", "cy"), List.of("Ana Aas", "Bo Berg", "Cy Cole"));
    for (String who : List.of("ana", "bo", "cy")) {
      register("desk-web", "desk-web-" + who);
    }

    LoginPage.openFrom(driver, base, "/" + RegistrationDeskPage.PATH + "desk-web")
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    RegistrationDeskPage desk =
        RegistrationDeskPage.showing(driver, base)
            .awaitNames(List.of("Ana Aas", "Bo Berg", "Cy Cole"));
    assertAccessible(driver);

    desk.filter("name", "bo", List.of("Bo Berg"));
    desk.filter("name", "", List.of("Ana Aas", "Bo Berg", "Cy Cole"));
    desk.sortBy("name", "ascending", List.of("Ana Aas", "Bo Berg", "Cy Cole"));
    desk.sortBy("name", "descending", List.of("Cy Cole", "Bo Berg", "Ana Aas"));
    assertAccessible(driver);

    desk.startDecline("Ana Aas");
    assertAccessible(driver);
    assertThat(desk.decline("")).isEqualTo("Say why the registration is declined.");
    desk.decline("Only delegates of members this year");
    assertThat(desk.message()).contains("The registration of Ana Aas is declined");
    assertThat(desk.rowText("Ana Aas"))
        .contains("Declined")
        .contains("Only delegates of members this year");
    assertAccessible(driver);

    String csv = desk.downloadCsv();
    assertThat(csv.lines().filter(l -> l.startsWith("Ana Aas,")).findFirst())
        .hasValueSatisfying(
            line -> assertThat(line).contains("DECLINED").contains("Only delegates of members"));
    assertThat(csv.lines().count()).isEqualTo(4);
  }

  @Test
  void theSecretariatOpensTheSocialEventBySettingItsSeats() throws Exception {
    seedMeeting("desk-seats", List.of("ana"), List.of("Ana Aas"));
    register("desk-seats", "desk-seats-ana");
    LoginPage.openFrom(driver, base, "/" + RegistrationDeskPage.PATH + "desk-seats")
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    RegistrationDeskPage desk =
        RegistrationDeskPage.showing(driver, base).awaitNames(List.of("Ana Aas"));
    assertThat(desk.socialEventStatus()).startsWith("No seats are set yet");
    assertAccessible(driver);

    assertThat(desk.saveSeats("-1")).isEqualTo("The number of seats cannot be negative.");
    assertThat(desk.saveSeats("2"))
        .isEqualTo("The social event has 2 seats: 0 taken, 0 on the waiting list.");
    assertThat(desk.socialEventStatus()).isEqualTo("2 seats: 0 taken, 0 on the waiting list.");
    assertAccessible(driver);
    assertThat(
            Api.json(Api.asDemo(url, "secretariat").get("api/meetings/desk-seats/social-event"))
                .asJsonObject()
                .getInt("capacity"))
        .isEqualTo(2);
  }

  @Test
  void aHeadOfDelegationSubstitutesAnAlternateWhoTakesTheSeat() throws Exception {
    seedMeeting(
        "desk-head",
        List.of("head", "member", "alt"),
        List.of("Hanna Head", "Mats Member", "Alva Alternate"));
    register("desk-head", "desk-head-member");
    long head;
    long member;
    long alternate;
    try (Seed seed = Seed.open()) {
      head = seed.number("select id from person where email = ?", Seed.email("desk-head-head"));
      member = seed.number("select id from person where email = ?", Seed.email("desk-head-member"));
      alternate = seed.number("select id from person where email = ?", Seed.email("desk-head-alt"));
    }
    HttpResponse<String> formed =
        Api.asDemo(url, "secretariat")
            .put(
                "api/meetings/desk-head/delegations/"
                    + URLEncoder.encode(organisation("desk-head"), StandardCharsets.UTF_8)
                        .replace("+", "%20"),
                "{\"head\":"
                    + head
                    + ",\"members\":["
                    + member
                    + "],\"alternates\":["
                    + alternate
                    + "]}");
    assertThat(formed.statusCode()).as(formed.body()).isEqualTo(200);

    LoginPage.openFrom(driver, base, "/" + DelegationPage.PATH + "desk-head")
        .signInAs("desk-head-head", LoginPage.DEMO_PASSWORD);
    DelegationPage delegation = DelegationPage.showing(driver, base);
    assertThat(delegation.people())
        .containsExactly(
            "Hanna Head, Head of delegation, No",
            "Mats Member, Member, Yes",
            "Alva Alternate, Alternate, No");
    assertAccessible(driver);

    assertThat(delegation.substitute("Mats Member", "Alva Alternate"))
        .isEqualTo("Alva Alternate now takes the place of Mats Member.");
    assertThat(delegation.people())
        .containsExactly(
            "Hanna Head, Head of delegation, No",
            "Alva Alternate, Member, Yes",
            "Mats Member, Alternate, No");
    assertAccessible(driver);
  }

  @Test
  void theSecretariatFindsADelegationInTheMeetingsListBySomeoneInIt() throws Exception {
    String north = organisation("desk-delegs-web");
    String south = "Southland Delegation (IT desk-delegs-web)";
    seedMeeting("desk-delegs-web", List.of("ana", "bo"), List.of("Ana Aas", "Bo Berg"));
    try (Seed seed = Seed.open()) {
      seed.accounts(
          List.of(new Seed.Person("desk-delegs-web-dan", "Dan Dunn")),
          south,
          "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    form("desk-delegs-web", north, "desk-delegs-web-ana", "desk-delegs-web-bo");
    form("desk-delegs-web", south, "desk-delegs-web-dan");
    register("desk-delegs-web", "desk-delegs-web-bo");
    String northRow = north + ", Ana Aas, 2, 1";
    String southRow = south + ", Dan Dunn, 1, 0";

    LoginPage.openFrom(driver, base, "/" + DelegationsPage.PATH + "desk-delegs-web")
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    DelegationsPage list =
        DelegationsPage.showing(driver, base).awaitRows(List.of(northRow, southRow));
    assertAccessible(driver);

    list.sortBy("organisation", "ascending", List.of(northRow, southRow));
    list.sortBy("organisation", "descending", List.of(southRow, northRow));
    list.filter("dunn", List.of(southRow));
    assertThat(list.downloadCsv("q=dunn").lines())
        .containsExactly(
            "organisation,country,role,name,email,registered,social_event",
            "Southland Delegation (IT desk-delegs-web),,HEAD,Dan Dunn,"
                + Seed.email("desk-delegs-web-dan")
                + ",false,");
    list.filter("nordland", List.of(northRow));
    list.filter("no such delegation", List.of());
    assertThat(list.tableText()).contains("none matches your filter");
    assertAccessible(driver);
  }

  @Test
  void aParticipantFindsOthersOnTheParticipantList() throws Exception {
    seedMeeting(
        "desk-plist-web", List.of("ana", "bo", "cy"), List.of("Ana Aas", "Bo Berg", "Cy Cole"));
    for (String who : List.of("ana", "bo")) {
      HttpResponse<String> response =
          Api.asDemo(url, "desk-plist-web-" + who)
              .post(
                  "api/meetings/desk-plist-web/registrations",
                  "{\"days\":[\"" + DAY + "\"],\"attendance\":\"IN_PERSON\",\"listed\":true}");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
    register("desk-plist-web", "desk-plist-web-cy"); // not on the list

    LoginPage.openFrom(driver, base, "/" + ParticipantsPage.PATH + "desk-plist-web")
        .signInAs("desk-plist-web-cy", LoginPage.DEMO_PASSWORD);
    ParticipantsPage list =
        ParticipantsPage.showing(driver, base).awaitNames(List.of("Ana Aas", "Bo Berg"));
    assertAccessible(driver);

    list.sortBy("name", "ascending", List.of("Ana Aas", "Bo Berg"));
    list.sortBy("name", "descending", List.of("Bo Berg", "Ana Aas"));
    list.filter("berg", List.of("Bo Berg"));
    list.filter("nordland", List.of("Bo Berg", "Ana Aas"));
    list.filter("cole", List.of());
    assertAccessible(driver);
  }

  /** The secretariat forms the delegation: the first user its head, the others its members. */
  private void form(String slug, String organisation, String head, String... members)
      throws Exception {
    List<Long> ids = new java.util.ArrayList<>();
    try (Seed seed = Seed.open()) {
      ids.add(seed.number("select id from person where email = ?", Seed.email(head)));
      for (String member : members) {
        ids.add(seed.number("select id from person where email = ?", Seed.email(member)));
      }
    }
    HttpResponse<String> formed =
        Api.asDemo(url, "secretariat")
            .put(
                "api/meetings/"
                    + slug
                    + "/delegations/"
                    + URLEncoder.encode(organisation, StandardCharsets.UTF_8).replace("+", "%20"),
                "{\"head\":" + ids.get(0) + ",\"members\":" + ids.subList(1, ids.size()) + "}");
    assertThat(formed.statusCode()).as(formed.body()).isEqualTo(200);
  }

  @Test
  void aDelegateIsRefusedTheDesk() throws Exception {
    seedMeeting("desk-refused", List.of("ana"), List.of("Ana Aas"));
    LoginPage.openFrom(driver, base, "/" + RegistrationDeskPage.PATH + "desk-refused")
        .signInAs("delegate", LoginPage.DEMO_PASSWORD);
    PlenaryPage page = new PlenaryPage(driver, base);
    assertThat(page.heading()).isEqualTo("You may not open this page");
    assertAccessible(driver);
  }

  @Test
  void anApprovalThatMeetsAnotherChangeAtTheSameMomentIsToldSoAndGoesThroughWhenTriedAgain()
      throws Exception {
    long registration = registeredAndAtTheDesk("desk-race", "ana", "Ana Aas");
    RegistrationDeskPage desk =
        RegistrationDeskPage.showing(driver, base).awaitNames(List.of("Ana Aas"));

    try (HeldRow changing = HeldRow.newVersion("registration", registration)) {
      desk.clickApprove("Ana Aas");
      changing.awaitWriter();
    }

    assertThat(desk.awaitMessage("Someone else"))
        .isEqualTo(
            "Someone else, or you in another window, changed this at the same moment, so your"
                + " change was not saved. What you entered is still here: check the page and try"
                + " again.");
    assertThat(driver.getCurrentUrl()).contains(RegistrationDeskPage.PATH + "desk-race");
    assertThat(desk.rowText("Ana Aas")).contains("Awaiting a decision");
    assertAccessible(driver);

    desk.clickApprove("Ana Aas");
    assertThat(desk.awaitMessage("approved"))
        .isEqualTo("The registration of Ana Aas is approved; they are told by e-mail.");
    assertThat(desk.rowText("Ana Aas")).contains("Approved");
  }

  @Test
  void aDeclineThatMeetsAnotherChangeSaysSoInTheDialogAndKeepsTheReason() throws Exception {
    long registration = registeredAndAtTheDesk("desk-race-decline", "bo", "Bo Berg");
    RegistrationDeskPage desk =
        RegistrationDeskPage.showing(driver, base).awaitNames(List.of("Bo Berg"));
    desk.startDecline("Bo Berg");

    try (HeldRow changing = HeldRow.newVersion("registration", registration)) {
      desk.clickDecline("Only delegates of members this year");
      changing.awaitWriter();
    }

    assertThat(desk.awaitDialogMessage())
        .startsWith("Someone else, or you in another window, changed this at the same moment");
    assertThat(desk.reason()).isEqualTo("Only delegates of members this year");
    assertAccessible(driver);

    desk.decline(desk.reason());
    assertThat(desk.awaitMessage("declined")).contains("The registration of Bo Berg is declined");
  }

  /**
   * A meeting with one person registered, its desk opened by the secretariat; answers the
   * registration's id.
   */
  private long registeredAndAtTheDesk(String slug, String user, String name) throws Exception {
    seedMeeting(slug, List.of(user), List.of(name));
    register(slug, slug + "-" + user);
    long registration;
    try (Seed seed = Seed.open()) {
      registration = seed.registrationId(slug, slug + "-" + user);
    }
    LoginPage.openFrom(driver, base, "/" + RegistrationDeskPage.PATH + slug)
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    return registration;
  }

  private static String organisation(String slug) {
    return "Nordland Delegation (IT " + slug + ")";
  }

  private void seedMeeting(String slug, List<String> users, List<String> names) throws Exception {
    try (Seed seed = Seed.open()) {
      seed.publishedMeeting(
          slug, "Desk page test " + slug, List.of(new Seed.Day(DAY, "Day 1", List.of())));
      List<Seed.Person> people =
          java.util.stream.IntStream.range(0, users.size())
              .mapToObj(i -> new Seed.Person(slug + "-" + users.get(i), names.get(i)))
              .toList();
      seed.accounts(people, organisation(slug), "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
  }

  private void register(String slug, String username) {
    HttpResponse<String> response =
        Api.asDemo(url, username)
            .post(
                "api/meetings/" + slug + "/registrations",
                "{\"days\":[\"" + DAY + "\"],\"attendance\":\"IN_PERSON\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }
}
