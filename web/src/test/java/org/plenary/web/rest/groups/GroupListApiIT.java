package org.plenary.web.rest.groups;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestServer;

/**
 * The lists of working groups: the secretariat's every group and each account's own, filtered by
 * words of the name or short name and by kind, sorted and paged on the database.
 */
class GroupListApiIT {
  final URL base = TestServer.url();
  final Api secretariat = Api.asDemo(base, "secretariat");

  @Test
  void theSecretariatListsEveryGroupAndEachAccountItsOwn() {
    create("it-group-list-b", "Zeta committee on data (it-group-list)", "COMMITTEE");
    create("it-group-list-a", "Alpha task force (it-group-list)", "TASK_FORCE");
    create("it-group-list-c", "Mu 50% group (it-group-list)", "COMMITTEE");
    assertThat(
            secretariat
                .put("api/groups/it-group-list-b/members/member", "{\"role\":\"OBSERVER\"}")
                .statusCode())
        .isEqualTo(200);

    assertThat(slugs(secretariat, "api/groups?q=it-group-list"))
        .containsExactly("it-group-list-a", "it-group-list-c", "it-group-list-b");
    assertThat(slugs(secretariat, "api/groups?q=IT-GROUP-LIST&kind=committee&sort=-name"))
        .containsExactly("it-group-list-b", "it-group-list-c");
    assertThat(slugs(secretariat, "api/groups?q=group-list-a&sort=slug"))
        .as("words of the short name too")
        .containsExactly("it-group-list-a");
    assertThat(slugs(secretariat, "api/groups?q=50%25")).containsExactly("it-group-list-c");
    assertThat(slugs(secretariat, "api/groups?q=it_group")).as("_ is no wildcard").isEmpty();
    JsonObject page =
        Api.json(secretariat.get("api/groups?q=it-group-list&first=1&size=1")).asJsonObject();
    assertThat(page.getInt("total")).isEqualTo(3);
    assertThat(page.getJsonArray("items").getJsonObject(0).getString("kind"))
        .isEqualTo("COMMITTEE");

    Api member = Api.asDemo(base, "member");
    HttpResponse<String> mine = member.get("api/groups/mine?q=it-group-list");
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    List<JsonObject> items =
        Api.json(mine).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items).hasSize(1);
    assertThat(items.get(0).getString("slug")).isEqualTo("it-group-list-b");
    assertThat(items.get(0).getString("role")).isEqualTo("OBSERVER");
    assertThat(slugs(member, "api/groups/mine?kind=TASK_FORCE&sort=-name"))
        .contains("task-force-governance")
        .doesNotContain("it-group-list-b");

    assertThat(member.get("api/groups").statusCode()).isEqualTo(403);
    assertThat(Api.anonymous(base).get("api/groups/mine").statusCode()).isEqualTo(401);
    for (String bad : List.of("?kind=CLUB", "?sort=members", "?size=201")) {
      HttpResponse<String> refused = secretariat.get("api/groups" + bad);
      assertThat(refused.statusCode()).as(bad).isEqualTo(400);
      assertThat(refused.body()).contains("\"" + bad.substring(1, bad.indexOf('=')) + "\"");
    }
  }

  private void create(String slug, String name, String kind) {
    HttpResponse<String> created =
        secretariat.post(
            "api/groups",
            "{\"slug\":\"" + slug + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  private static List<String> slugs(Api caller, String path) {
    return Api.itemTexts(caller.get(path), "slug");
  }
}
