package org.plenary.web.rest.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestMail;
import org.plenary.web.it.TestServer;
import org.plenary.web.rest.feedback.FeedbackFixtures;

/**
 * The overdue reminder: the secretariat runs what the hourly timer runs, the owner of an overdue
 * action gets one e-mail (EN+FR) with the link to report progress, however often it runs that day;
 * actions done or not yet due are not reminded; nobody else may run it.
 */
class ActionRemindersApiIT {
  final URL base = TestServer.url();

  private static String action(String itemKey, String title, String owner, LocalDate due) {
    return """
        {"itemKey": "%s", "kind": "ACTION", "title": "%s", "ownerKind": "PERSON", "owner": "%s",
         "dueDate": "%s"}
        """
        .formatted(itemKey, title, owner, due);
  }

  @Test
  void remindsTheOwnerOfAnOverdueActionOnceADay() throws Exception {
    FeedbackFixtures fixtures = new FeedbackFixtures(base);
    List<String> keys =
        fixtures.publishMeeting("it-act-remind", LocalDate.of(2025, 9, 16), List.of("Follow-up"));
    Api owner = fixtures.delegate("it-act-rhea", "Rhea Reminded");
    Api secretariat = Api.asDemo(base, "secretariat");
    String record = "api/meetings/it-act-remind/actions";
    String lateTitle = "Rhea sends the overdue survey results";
    String doneTitle = "Rhea closes the finished survey";
    String futureTitle = "Rhea drafts next year's survey";
    String lateKey =
        Api.json(
                secretariat.post(
                    record,
                    action(keys.get(0), lateTitle, "it-act-rhea", LocalDate.now().minusDays(3))))
            .asJsonObject()
            .getString("key");
    String doneKey =
        Api.json(
                secretariat.post(
                    record,
                    action(keys.get(0), doneTitle, "it-act-rhea", LocalDate.now().minusDays(3))))
            .asJsonObject()
            .getString("key");
    secretariat.post(
        record, action(keys.get(0), futureTitle, "it-act-rhea", LocalDate.now().plusDays(30)));
    assertThat(
            owner
                .post("api/actions/" + doneKey + "/progress", "{\"status\": \"DONE\"}")
                .statusCode())
        .isEqualTo(200);

    assertThat(owner.post("api/actions/reminders", "").statusCode()).isEqualTo(403);
    assertThat(Api.anonymous(base).post("api/actions/reminders", "").statusCode()).isEqualTo(401);
    HttpResponse<String> first = secretariat.post("api/actions/reminders", "");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(Api.json(first).asJsonObject().getInt("reminded")).isPositive();

    String address = Seed.email("it-act-rhea");
    MimeMessage reminder = TestMail.await(address, lateTitle, Duration.ofSeconds(30));
    assertThat(reminder.getSubject()).contains("Overdue: " + lateTitle);
    assertThat(TestMail.text(reminder))
        .contains("Rhea Reminded")
        .contains("me/action.xhtml?key=" + lateKey);

    HttpResponse<String> again = secretariat.post("api/actions/reminders", "");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    Thread.sleep(1500);
    assertThat(TestMail.to(address, lateTitle)).hasSize(1);
    assertThat(TestMail.to(address, doneTitle)).isEmpty();
    assertThat(TestMail.to(address, futureTitle)).isEmpty();
  }
}
