package org.plenary.web.rest.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;

/**
 * Campaigns through the REST API: a thousand copies of one text submitted concurrently show as one
 * group of 1,000, copies differing only in case, spacing and punctuation join it, and the drafter
 * answers the whole group at once.
 */
class CampaignsApiIT {
  private static final String TEXT = "Stop the change of clocks, keep summer time all year!";

  final URL base = TestServer.url();

  @Test
  void showsAThousandIdenticalCommentsAsOneGroupThatTheDrafterAnswersOnce() throws Exception {
    long id = ConsultationFixtures.draft(base, "it-campaign-1000").openNow("Campaign of 1,000");
    Api delegate = Api.asDemo(base, "delegate");
    String body =
        "{\"text\":\"" + TEXT + "\",\"section\":2,\"category\":\"citizen\",\"country\":\"EE\"}";
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> posts = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        posts.add(() -> delegate.post("api/consultations/" + id + "/comments", body).statusCode());
      }
      for (Future<Integer> status : pool.invokeAll(posts)) {
        assertThat(status.get()).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }
    post(delegate, id, "Something else entirely.");

    Api anonymous = Api.anonymous(base);
    JsonObject campaigns =
        Api.json(anonymous.get("api/consultations/" + id + "/campaigns")).asJsonObject();
    assertThat(campaigns.getJsonNumber("total").longValue()).isEqualTo(1);
    JsonObject group = campaigns.getJsonArray("items").getJsonObject(0);
    assertThat(group.getJsonNumber("count").longValue()).isEqualTo(1000);
    assertThat(group.getString("text")).isEqualTo(TEXT);
    assertThat(group.toString()).doesNotContain("@");

    post(delegate, id, "  stop THE change of clocks -- keep summer time all year.  ");
    // the groups are kept up to a minute (CommentSummaries.MAX_AGE): a minute later, the new copy
    CommentSummariesIT.age("consultation_campaign_snapshot", id);
    group =
        Api.json(anonymous.get("api/consultations/" + id + "/campaigns"))
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(group.getJsonNumber("count").longValue()).isEqualTo(1001);
    assertThat(
            Api.json(anonymous.get("api/consultations/" + id + "/campaigns?min=1"))
                .asJsonObject()
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(2);

    String hash = group.getString("hash");
    String answer = "{\"outcome\":\"not_accepted\",\"justification\":\"Out of scope.\"}";
    HttpResponse<String> refused =
        Api.asDemo(base, "ministry")
            .put("api/consultations/" + id + "/campaigns/" + hash + "/response", answer);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    HttpResponse<String> answered =
        Api.asDemo(base, "member")
            .put("api/consultations/" + id + "/campaigns/" + hash + "/response", answer);
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(Api.json(answered).asJsonObject().getInt("answered")).isEqualTo(1001);

    group =
        Api.json(anonymous.get("api/consultations/" + id + "/campaigns"))
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(group.getJsonNumber("answered").longValue()).isEqualTo(1001);
    assertThat(group.getString("outcome")).isEqualTo("NOT_ACCEPTED");
    JsonObject last =
        Api.json(anonymous.get("api/consultations/" + id + "/comments?first=0&size=1"))
            .asJsonObject();
    assertThat(last.getJsonArray("items").getJsonObject(0).toString()).contains("NOT_ACCEPTED");
  }

  @Test
  void refusesAnAnswerToAnUnknownGroupAndAnUnknownOutcome() {
    long id = ConsultationFixtures.draft(base, "it-campaign-refusals").openNow("Campaign refusals");
    Api member = Api.asDemo(base, "member");
    post(member, id, "A lone comment.");
    String hash =
        Api.json(Api.anonymous(base).get("api/consultations/" + id + "/campaigns?min=1"))
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("hash");
    assertThat(
            member
                .put(
                    "api/consultations/" + id + "/campaigns/" + "0".repeat(64) + "/response",
                    "{\"outcome\":\"noted\",\"justification\":\"Thanks.\"}")
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> bad =
        member.put(
            "api/consultations/" + id + "/campaigns/" + hash + "/response",
            "{\"outcome\":\"maybe\",\"justification\":\"Thanks.\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("outcome");
  }

  @Test
  void aGroupShowsACopyThatIsNotHiddenAndAGroupHiddenWholeSaysSoWithoutItsText() {
    long id = ConsultationFixtures.draft(base, "it-campaign-hidden").openNow("Hidden copies");
    Api delegate = Api.asDemo(base, "delegate");
    long spam = postAndId(delegate, id, "Cheap watches at example dot com");
    long first = postAndId(delegate, id, "Keep the register open.");
    postAndId(delegate, id, "Keep the register open!");
    Api drafter = Api.asDemo(base, "member");
    String comments = "api/consultations/" + id + "/comments/";
    for (long hidden : new long[] {spam, first}) {
      HttpResponse<String> hid =
          drafter.post(comments + hidden + "/hiding", "{\"reason\":\"Moderated (IT)\"}");
      assertThat(hid.statusCode()).as(hid.body()).isEqualTo(200);
    }

    List<JsonObject> groups =
        Api.json(Api.anonymous(base).get("api/consultations/" + id + "/campaigns?min=1"))
            .asJsonObject()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);

    assertThat(groups)
        .as("the open copy stands for its group; the hidden one's reason is not taken for a text")
        .anySatisfy(
            group -> {
              assertThat(group.getInt("count")).isEqualTo(2);
              assertThat(group.getString("text")).isEqualTo("Keep the register open!");
              assertThat(group.containsKey("hidden")).isFalse();
            })
        .anySatisfy(
            group -> {
              assertThat(group.getInt("count")).isEqualTo(1);
              assertThat(group.getBoolean("hidden")).isTrue();
              assertThat(group.getString("hiddenReason")).isEqualTo("Moderated (IT)");
              assertThat(group.containsKey("text")).isFalse();
            });
    assertThat(groups.toString()).doesNotContain("Cheap watches");
  }

  private static long postAndId(Api api, long id, String text) {
    HttpResponse<String> posted =
        api.post(
            "api/consultations/" + id + "/comments",
            "{\"text\":\"" + text + "\",\"category\":\"citizen\",\"country\":\"EE\"}");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    return Api.json(posted).asJsonObject().getJsonNumber("id").longValue();
  }

  private static void post(Api api, long id, String text) {
    postAndId(api, id, text);
  }
}
