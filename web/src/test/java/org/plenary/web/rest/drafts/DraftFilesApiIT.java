package org.plenary.web.rest.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Documents;
import org.plenary.web.it.Seed;
import org.plenary.web.it.TestServer;

/**
 * Documents uploaded as draft versions through the REST API: a real PDF, DOCX and ODT accepted and
 * served back as attachments with their checked type; an HTML page named .pdf and a program named
 * .docx refused by content; a non-member refused the file of a private draft.
 */
class DraftFilesApiIT {
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  final URL base = TestServer.url();

  @Test
  void acceptsAPdfDocxAndOdtAsVersionsAndServesThemAsAttachmentsToMembersOnly() throws Exception {
    long id = draftOfNewGroup("it-files-accepted", "it-files-author", "it-files-stranger");
    Api author = Api.asDemo(base, "it-files-author");
    byte[] pdf = Documents.pdf("Principles on data sharing");

    HttpResponse<String> uploaded =
        author.sendBytes(
            "PUT",
            "api/drafts/" + id + "/file?baseVersion=1&name=Principles%20v2.pdf&note=as%20a%20PDF",
            "application/pdf",
            pdf);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    JsonObject version = Api.json(uploaded).asJsonObject();
    assertThat(version.getInt("number")).isEqualTo(2);
    assertThat(version.getString("note")).isEqualTo("as a PDF");
    assertThat(version.getJsonArray("sections")).hasSize(1);
    JsonObject file = version.getJsonObject("file");
    assertThat(file.getString("name")).isEqualTo("Principles v2.pdf");
    assertThat(file.getString("contentType")).isEqualTo("application/pdf");
    assertThat(file.getJsonNumber("size").longValue()).isEqualTo(pdf.length);

    HttpResponse<byte[]> download = author.getBytes("api/drafts/" + id + "/versions/2/file", "*/*");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d ->
                assertThat(d).startsWith("attachment;").contains("filename=\"Principles v2.pdf\""));

    HttpResponse<String> docx =
        author.sendBytes(
            "PUT",
            "api/drafts/" + id + "/file?baseVersion=2&name=Principes%20r%C3%A9vis%C3%A9s.docx",
            DOCX,
            Documents.docx("Principes"));
    assertThat(docx.statusCode()).as(docx.body()).isEqualTo(201);
    assertThat(Api.json(docx).asJsonObject().getJsonObject("file").getString("name"))
        .isEqualTo("Principes révisés.docx");
    HttpResponse<String> odt =
        author.sendBytes(
            "PUT",
            "api/drafts/" + id + "/file?baseVersion=3&name=principles.odt",
            "application/octet-stream",
            Documents.odt("Principles"));
    assertThat(odt.statusCode()).as(odt.body()).isEqualTo(201);
    assertThat(Api.json(odt).asJsonObject().getJsonObject("file").getString("contentType"))
        .isEqualTo("application/vnd.oasis.opendocument.text");

    HttpResponse<String> text =
        author.post(
            "api/drafts/" + id + "/versions",
            """
            {"baseVersion":4,"sections":[{"key":"s1","heading":"Purpose","body":"<p>Edited.</p>"}]}
            """);
    assertThat(text.statusCode()).as(text.body()).isEqualTo(201);
    assertThat(Api.json(text).asJsonObject().getJsonObject("file").getString("name"))
        .as("a text edit keeps the document")
        .isEqualTo("principles.odt");
    HttpResponse<byte[]> docxBack = author.getBytes("api/drafts/" + id + "/versions/3/file", "*/*");
    assertThat(docxBack.headers().firstValue("Content-Type").orElseThrow()).startsWith(DOCX);
    assertThat(docxBack.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d -> assertThat(d).contains("filename*=UTF-8''Principes%20r%C3%A9vis%C3%A9s.docx"));
    assertThat(author.get("api/drafts/" + id + "/versions/1/file").statusCode()).isEqualTo(404);

    Api stranger = Api.asDemo(base, "it-files-stranger");
    HttpResponse<byte[]> refused =
        stranger.getBytes("api/drafts/" + id + "/versions/2/file", "*/*");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("%PDF");
    assertThat(
            Api.anonymous(base)
                .getBytes("api/drafts/" + id + "/versions/2/file", "*/*")
                .statusCode())
        .isEqualTo(401);
    assertThat(
            stranger
                .sendBytes(
                    "PUT",
                    "api/drafts/" + id + "/file?baseVersion=5&name=x.pdf",
                    "application/pdf",
                    pdf)
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void refusesDisguisedFilesByTheirContentWithAClearProblem() throws Exception {
    long id = draftOfNewGroup("it-files-disguised", "it-files-uploader", "it-files-onlooker");
    Api uploader = Api.asDemo(base, "it-files-uploader");

    HttpResponse<String> html =
        uploader.sendBytes(
            "PUT",
            "api/drafts/" + id + "/file?baseVersion=1&name=report.pdf",
            "application/pdf",
            "<html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(html.statusCode()).as(html.body()).isEqualTo(422);
    assertThat(html.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject problem = Api.json(html).asJsonObject();
    assertThat(problem.getString("code")).isEqualTo("TYPE_NOT_ALLOWED");
    assertThat(problem.getString("detail")).contains("not a PDF, DOCX or ODT");

    HttpResponse<String> exe =
        uploader.sendBytes(
            "PUT",
            "api/drafts/" + id + "/file?baseVersion=1&name=minutes.docx",
            DOCX,
            Documents.windowsProgram());
    assertThat(exe.statusCode()).as(exe.body()).isEqualTo(422);
    assertThat(Api.json(exe).asJsonObject().getString("code")).isEqualTo("TYPE_NOT_ALLOWED");

    HttpResponse<String> empty =
        uploader.sendBytes(
            "PUT", "api/drafts/" + id + "/file?baseVersion=1&name=x.odt", DOCX, new byte[0]);
    assertThat(empty.statusCode()).as(empty.body()).isEqualTo(422);
    assertThat(Api.json(empty).asJsonObject().getString("code")).isEqualTo("EMPTY");

    HttpResponse<String> noBase =
        uploader.sendBytes(
            "PUT", "api/drafts/" + id + "/file?name=x.pdf", "application/pdf", Documents.pdf("x"));
    assertThat(noBase.statusCode()).isEqualTo(400);

    JsonObject draft = Api.json(uploader.get("api/drafts/" + id)).asJsonObject();
    assertThat(draft.getInt("latestVersion")).as("nothing was saved").isEqualTo(1);
    assertThat(draft.getJsonObject("version").containsKey("file")).isFalse();
  }

  /** A new group with a coordinator and an outsider account, and a draft of one section. */
  private long draftOfNewGroup(String slug, String coordinator, String outsider) throws Exception {
    try (Seed seed = Seed.open()) {
      seed.accounts(
          List.of(
              new Seed.Person(coordinator, "Cora " + slug),
              new Seed.Person(outsider, "Oscar " + slug)),
          "Delegation of " + slug,
          "OECD_MEMBER_DELEGATION");
      seed.commit();
    }
    Api secretariat = Api.asDemo(base, "secretariat");
    HttpResponse<String> created =
        secretariat.post(
            "api/groups",
            "{\"slug\":\"" + slug + "\",\"name\":\"Group " + slug + "\",\"kind\":\"TASK_FORCE\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(
            secretariat
                .put("api/groups/" + slug + "/members/" + coordinator, "{\"role\":\"COORDINATOR\"}")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> started =
        Api.asDemo(base, coordinator)
            .post(
                "api/groups/" + slug + "/drafts",
                """
                {"title":"Principles","sections":[{"heading":"Purpose","body":"<p>Share.</p>"}]}
                """);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return Api.json(started).asJsonObject().getJsonNumber("id").longValue();
  }
}
