package org.plenary.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.browser.Accessibility.assertAccessible;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.plenary.web.browser.AccountRequestPage.Request;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestMail;

/**
 * A newcomer asks for an account, confirms it from the mail, is approved by the secretariat, signs
 * in and registers for a meeting; an audience refusal says why; the social event's one seat goes to
 * the next in line when its holder cancels on "My registrations", who is told by mail. Every page
 * is checked with axe.
 */
class AccountsAndRegistrationBrowserIT extends BrowserTest {
  private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
  private static final String PASSWORD = "newcomer-secret-1";

  @Test
  void aNewcomerAsksForAnAccountIsApprovedSignsInAndRegisters() {
    publishMeeting("it-newcomer-2026", "Newcomers' Meeting 2026", 10);
    String email = "nora.newcomer@browser-it.example";

    AccountRequestPage request = AccountRequestPage.open(driver, base);
    assertAccessible(driver);
    request.send(
        new Request(
            "Nora Newcomer",
            email,
            "Ministry of Browsers (IT)",
            "BE",
            "OECD_MEMBER_DELEGATION",
            "DELEGATE",
            PASSWORD));
    assertThat(request.answer()).contains("follow its link to confirm your address");
    assertAccessible(driver);

    String token = TestMail.token(TestMail.await(email, "Confirm your e-mail address", MAIL_WAIT));
    assertThat(AccountRequestPage.confirm(driver, base, token))
        .contains("Thank you, Nora Newcomer: your address is confirmed.");
    assertAccessible(driver);

    LoginPage.openFrom(driver, base, "/" + AccountRequestsPage.PATH)
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    AccountRequestsPage requests = AccountRequestsPage.open(driver, base);
    requests.filterByName("Nora Newcomer");
    assertThat(requests.names()).containsExactly("Nora Newcomer");
    assertAccessible(driver);
    assertThat(requests.approveFirst())
        .isEqualTo("The request of Nora Newcomer is approved; they have been told by mail.");
    assertAccessible(driver);
    TestMail.await(email, "Your Plenary account is open", MAIL_WAIT);

    String other = "dora.declined@browser-it.example";
    askAndConfirmThroughTheApi("Dora Declined", other);
    AccountRequestsPage pending =
        AccountRequestsPage.open(driver, base).filterByName("Dora Declined");
    assertThat(pending.declineFirst("Only delegations of member countries"))
        .isEqualTo("The request of Dora Declined is declined; they have been told why by mail.");
    assertAccessible(driver);
    assertThat(TestMail.text(TestMail.await(other, "Your Plenary account request", MAIL_WAIT)))
        .contains("Only delegations of member countries");
    askAndConfirmThroughTheApi("Bea Sortable", "bea.sortable@browser-it.example");
    askAndConfirmThroughTheApi("Abe Sortable", "abe.sortable@browser-it.example");
    AccountRequestsPage.open(driver, base)
        .filterByName("Sortable")
        .sortByName("ascending", List.of("Abe Sortable", "Bea Sortable"))
        .sortByName("descending", List.of("Bea Sortable", "Abe Sortable"));
    assertAccessible(driver);
    pending.signOut();

    LoginPage.open(driver, base).signInAs(email, PASSWORD);
    MeetingPage.open(driver, base, "it-newcomer-2026");
    driver.findElement(By.id("registerLink")).click();
    RegisterPage register = RegisterPage.showing(driver, base);
    assertThat(register.heading()).isEqualTo("Register for Newcomers' Meeting 2026");
    assertAccessible(driver);

    register.day("Day 1").day("Day 2").inPerson().socialEvent().dietaryNeeds("Vegan").submit();

    assertThat(register.socialEventStatus()).isEqualTo("Seat confirmed");
    assertAccessible(driver);
    TestMail.await(email, "Registration received", MAIL_WAIT);
  }

  @Test
  void showsWhyADayIsNotOpenToAPrivateSectorParticipant() throws Exception {
    publishMeeting("it-audience-2026", "Audience Meeting 2026", 10);
    try (Seed seed = Seed.open()) {
      seed.account("it-br-private", "Paula Private", "Browsers Inc. (IT)", "PRIVATE_SECTOR");
      seed.commit();
    }
    LoginPage.open(driver, base).signInAs("it-br-private", LoginPage.DEMO_PASSWORD);

    RegisterPage register =
        RegisterPage.open(driver, base, "it-audience-2026").day("Day 2").inPerson().submit();

    assertThat(register.refusal())
        .contains("A day you chose is not open to your organisation.")
        .contains("Day 2")
        .contains("private sector");
    assertAccessible(driver);
    assertThat(Api.asDemo(url, "it-br-private").get("api/me/registrations").body())
        .isEqualTo("{\"first\":0,\"items\":[],\"total\":0}");

    PlenaryPage.visit(driver, base, AccountRequestsPage.PATH);
    assertThat(new PlenaryPage(driver, base).heading()).isEqualTo("You may not open this page");
    PlenaryPage.visit(driver, base, "secretariat/accounts/invite.xhtml");
    assertThat(new PlenaryPage(driver, base).heading()).isEqualTo("You may not open this page");
  }

  @Test
  void givesTheBusSeatToTheNextInLineWhenTheFirstCancels() throws Exception {
    publishMeeting("it-bus-browser-2026", "Bus Meeting 2026", 1);
    List<String> emails;
    try (Seed seed = Seed.open()) {
      emails =
          seed.accounts(
              List.of(
                  new Seed.Person("it-br-bus-1", "Bea First"),
                  new Seed.Person("it-br-bus-2", "Carl Second")),
              "Delegation of Testland (IT)",
              "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    assertThat(signInAndTakeTheBus("it-br-bus-1")).isEqualTo("Seat confirmed");
    new PlenaryPage(driver, base).signOut();

    assertThat(signInAndTakeTheBus("it-br-bus-2")).isEqualTo("Waiting list, number 1");
    MyRegistrationsPage waiting = MyRegistrationsPage.open(driver, base);
    assertThat(waiting.socialEvents()).containsExactly("Waiting list, number 1");
    waiting.signOut();

    LoginPage.open(driver, base).signInAs("it-br-bus-1", LoginPage.DEMO_PASSWORD);
    MyRegistrationsPage mine = MyRegistrationsPage.open(driver, base);
    assertThat(mine.meetings()).containsExactly("Bus Meeting 2026");
    assertAccessible(driver);
    mine.askToCancelFirst();
    assertThat(mine.question()).contains("Bus Meeting 2026");
    assertAccessible(driver);

    assertThat(mine.confirmCancel())
        .isEqualTo("Your registration for Bus Meeting 2026 is cancelled.");
    assertThat(mine.meetings()).isEmpty();
    assertAccessible(driver);

    TestMail.await(emails.get(1), "A seat for you at the social event", MAIL_WAIT);
    JsonObject promoted =
        Api.json(Api.asDemo(url, "it-br-bus-2").get("api/me/registrations/it-bus-browser-2026"))
            .asJsonObject();
    assertThat(promoted.getJsonObject("socialEvent").getString("status")).isEqualTo("CONFIRMED");
  }

  @Test
  void aDelegateChangesTheirRegistrationAndTheSeatTheyGiveUpGoesToTheNextInLine() throws Exception {
    publishMeeting("it-change-browser-2026", "Change Meeting 2026", 1);
    List<String> emails;
    try (Seed seed = Seed.open()) {
      emails =
          seed.accounts(
              List.of(
                  new Seed.Person("it-br-chg-1", "Flora First"),
                  new Seed.Person("it-br-chg-2", "Gus Second")),
              "Delegation of Changeland (IT)",
              "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    String withBus =
        "{\"days\":[\"2026-06-01\"],\"socialEvent\":true,\"attendance\":\"IN_PERSON\"}";
    for (String user : List.of("it-br-chg-1", "it-br-chg-2")) {
      HttpResponse<String> registered =
          Api.asDemo(url, user).post("api/meetings/it-change-browser-2026/registrations", withBus);
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }
    LoginPage.open(driver, base).signInAs("it-br-chg-1", LoginPage.DEMO_PASSWORD);

    RegisterPage register = MyRegistrationsPage.open(driver, base).changeFirst();
    assertThat(register.socialEventStatus()).isEqualTo("Seat confirmed");
    register.change();
    assertThat(register.socialEventTicked()).as("the form shows the registration").isTrue();
    assertAccessible(driver);
    register.day("Day 2").noSocialEvent().save();

    assertThat(register.message())
        .startsWith("Your registration for Change Meeting 2026 is changed.");
    assertThat(register.socialEventStatus()).isEqualTo("Not requested");
    assertThat(register.registeredDays()).contains("1 June 2026").contains("2 June 2026");
    assertAccessible(driver);
    TestMail.await(emails.get(0), "Registration changed", MAIL_WAIT);
    TestMail.await(emails.get(1), "A seat for you at the social event", MAIL_WAIT);
    assertThat(
            Api.json(
                    Api.asDemo(url, "it-br-chg-2")
                        .get("api/me/registrations/it-change-browser-2026"))
                .asJsonObject()
                .getJsonObject("socialEvent")
                .getString("status"))
        .isEqualTo("CONFIRMED");
  }

  @Test
  void theSecretariatClosesRegistrationAndLatecomersAreToldSo() throws Exception {
    publishMeeting("it-deadline-browser-2026", "Deadline Meeting 2026", 1);
    try (Seed seed = Seed.open()) {
      seed.accounts(
          List.of(
              new Seed.Person("it-br-dl-1", "Ana Early"),
              new Seed.Person("it-br-dl-2", "Ben Late")),
          "Delegation of Deadlineland (IT)",
          "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    HttpResponse<String> registered =
        Api.asDemo(url, "it-br-dl-1")
            .post(
                "api/meetings/it-deadline-browser-2026/registrations",
                "{\"days\":[\"2026-06-01\"],\"attendance\":\"IN_PERSON\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    LoginPage.openFrom(driver, base, "/" + RegistrationDeskPage.PATH + "it-deadline-browser-2026")
        .signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    RegistrationDeskPage desk =
        RegistrationDeskPage.showing(driver, base).awaitNames(List.of("Ana Early"));
    assertThat(desk.deadlineStatus()).startsWith("No deadline");

    assertThat(desk.saveDeadline("2026-06-03"))
        .isEqualTo("Registration cannot close after the meeting's last day.");
    assertAccessible(driver);
    assertThat(desk.saveDeadline("2026-05-29"))
        .isEqualTo("Registration closes on Friday 29 May 2026.");
    assertThat(desk.deadlineStatus()).startsWith("Registration closed on Friday 29 May 2026:");
    assertAccessible(driver);
    desk.signOut();

    LoginPage.open(driver, base).signInAs("it-br-dl-2", LoginPage.DEMO_PASSWORD);
    PlenaryPage.visit(driver, base, "me/register.xhtml?meeting=it-deadline-browser-2026");
    assertThat(driver.findElement(By.id("closed")).getText())
        .isEqualTo("Registration for this meeting closed on Friday 29 May 2026.");
    assertThat(driver.findElements(By.id("registerForm:register"))).isEmpty();
    assertAccessible(driver);
    new PlenaryPage(driver, base).signOut();

    LoginPage.open(driver, base).signInAs("it-br-dl-1", LoginPage.DEMO_PASSWORD);
    PlenaryPage.visit(driver, base, "me/register.xhtml?meeting=it-deadline-browser-2026");
    assertThat(driver.findElement(By.id("closedNote")).getText())
        .contains("can no longer be changed");
    assertThat(driver.findElements(By.id("registerForm:change"))).isEmpty();
    assertThat(MyRegistrationsPage.open(driver, base).meetings())
        .containsExactly("Deadline Meeting 2026");
    assertThat(driver.findElements(By.id("registrationsForm:registrations:0:change"))).isEmpty();
  }

  @Test
  void theSecretariatInvitesSomeoneWhoSetsAPasswordThroughTheMailedLinkOnce() {
    String email = "ivo.invited@browser-it.example";
    LoginPage.open(driver, base).signInAs("secretariat", LoginPage.DEMO_PASSWORD);
    InvitationPages invite = InvitationPages.invite(driver, base);
    assertAccessible(driver);

    invite.send("Ivo Invited", email, "MEMBER", "en");
    assertThat(invite.formMessage()).isEqualTo("The invitation to " + email + " is on its way.");
    assertAccessible(driver);
    invite.send("Ivo Again", email, "DELEGATE", "en");
    assertThat(invite.fieldMessage("inviteForm:email"))
        .isEqualTo("This address has an account, or a request or invitation under way, already.");
    assertAccessible(driver);
    invite.signOut();

    String token = TestMail.token(TestMail.await(email, "You are invited to Plenary", MAIL_WAIT));
    InvitationPages accept = InvitationPages.accept(driver, base, token);
    assertThat(accept.greeting()).contains("Welcome, Ivo Invited.").contains(email);
    assertAccessible(driver);
    accept.setPassword(PASSWORD, "something-else-1");
    assertThat(accept.fieldMessage("acceptForm:repeat")).isEqualTo("The two passwords differ.");
    assertAccessible(driver);
    assertThat(accept.setPassword(PASSWORD, PASSWORD).opened()).isTrue();
    assertAccessible(driver);

    InvitationPages again = InvitationPages.accept(driver, base, token);
    assertThat(again.acceptMessage())
        .isEqualTo("This link is not valid, or has been used already.");
    LoginPage.open(driver, base).signInAs(email, PASSWORD);
    assertThat(new PlenaryPage(driver, base).signedInAs()).hasValue("Signed in as Ivo Invited");
  }

  @Test
  void showsWhatIsMissingBesideTheFieldsOfTheRequestForm() {
    AccountRequestPage request = AccountRequestPage.open(driver, base);

    request.send(new Request("", "not-an-address", "", "BE", "ACADEMIA", "MEMBER", "short"));

    assertThat(request.fieldMessage("fullName")).isEqualTo("Full name is required.");
    assertThat(request.fieldMessage("organisation")).isEqualTo("Organisation is required.");
    assertThat(request.fieldMessage("email")).isNotBlank();
    assertThat(request.fieldMessage("password")).isNotBlank();
    assertAccessible(driver);
  }

  /** Asks for an account and confirms the address through the REST API, as a client would. */
  private void askAndConfirmThroughTheApi(String fullName, String email) {
    HttpResponse<String> asked =
        Api.anonymous(url)
            .post(
                "api/account-requests",
                """
                {"fullName": "%s", "email": "%s", "organisation": "Ministry of Browsers (IT)",
                 "country": "FR", "category": "MINISTRY", "role": "MEMBER"}
                """
                    .formatted(fullName, email));
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    String token = TestMail.token(TestMail.await(email, "Confirm your e-mail", MAIL_WAIT));
    HttpResponse<String> confirmed =
        Api.anonymous(url).post("api/account-requests/confirm", "{\"token\": \"" + token + "\"}");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
  }

  /** Signs in and registers for Day 1 of the bus meeting with the social event; its status. */
  private String signInAndTakeTheBus(String username) {
    LoginPage.open(driver, base).signInAs(username, LoginPage.DEMO_PASSWORD);
    return RegisterPage.open(driver, base, "it-bus-browser-2026")
        .day("Day 1")
        .inPerson()
        .socialEvent()
        .submit()
        .socialEventStatus();
  }

  /**
   * Plans and publishes a two-day meeting through the REST API (Day 2 only for delegations of
   * member countries) with the given seats at its social event.
   */
  private void publishMeeting(String slug, String title, int seats) {
    Api secretariat = Api.asDemo(url, "secretariat");
    String meetings = "api/planning/meetings";
    long version =
        version(
            secretariat.post(
                meetings,
                """
                {"id": "%s", "title": "%s",
                 "venue": {"name": "Test venue", "addressLines": ["1 Test Street"],
                           "city": "Brussels"},
                 "timeZone": "Europe/Brussels", "startDate": "2026-06-01",
                 "endDate": "2026-06-02"}
                """
                    .formatted(slug, title)),
            201);
    String path = meetings + "/" + slug;
    version =
        version(
            secretariat.post(
                path + "/days",
                """
                {"version": %d, "date": "2026-06-01", "label": "Day 1"}
                """
                    .formatted(version)),
            201);
    version =
        version(
            secretariat.post(
                path + "/days",
                """
                {"version": %d, "date": "2026-06-02", "label": "Day 2",
                 "audience": {"categories": ["OECD_MEMBER_DELEGATION"],
                              "note": "Day 2 is open only to delegations of member countries."}}
                """
                    .formatted(version)),
            201);
    version =
        version(
            secretariat.post(
                path + "/items",
                """
                {"version": %d, "date": "2026-06-01", "kind": "BREAK", "title": "Coffee",
                 "start": "10:00", "end": "10:30"}
                """
                    .formatted(version)),
            201);
    version(secretariat.post(path + "/versions", "{\"version\": " + version + "}"), 201);
    HttpResponse<String> capacity =
        secretariat.put(
            "api/meetings/" + slug + "/social-event/capacity", "{\"seats\":" + seats + "}");
    assertThat(capacity.statusCode()).as(capacity.body()).isEqualTo(200);
  }

  private static long version(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonObject body = Api.json(response).asJsonObject();
    return body.containsKey("meetingVersion")
        ? body.getJsonNumber("meetingVersion").longValue()
        : body.getJsonNumber("version").longValue();
  }
}
