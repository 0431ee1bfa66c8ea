package org.plenary.web.rest.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.web.rest.consultations.ConsultationReportApiIT.assertProblem;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.Documents;
import org.plenary.web.it.TestServer;

/**
 * A comment's attachment: uploaded by anyone while the consultation is open, checked by content (an
 * HTML page renamed .pdf is refused), taken by one comment through its token, downloaded by anyone
 * as an attachment once the comment is published, and refused after the closing.
 */
class ConsultationAttachmentsApiIT {
  final URL base = TestServer.url();

  @Test
  void attachesACheckedPdfToACommentAndServesItAsADownload() {
    ConsultationFixtures draft = ConsultationFixtures.draft(base, "it-att");
    long id = draft.openNow("Attachments");
    Api anonymous = Api.anonymous(base);
    String uploads = "api/consultations/" + id + "/attachments?name=";

    HttpResponse<String> disguised =
        anonymous.sendBytes(
            "POST",
            uploads + "evidence.pdf",
            "application/pdf",
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    assertProblem(disguised, 422, "TYPE_NOT_ALLOWED");

    byte[] pdf = Documents.pdf("Evidence for section 2");
    HttpResponse<String> uploaded =
        anonymous.sendBytes("POST", uploads + "Évaluation.pdf", "application/octet-stream", pdf);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    String token = Api.json(uploaded).asJsonObject().getString("attachment");

    Api delegate = Api.asDemo(base, "delegate");
    HttpResponse<String> commented =
        delegate.post(
            "api/consultations/" + id + "/comments",
            "{\"text\":\"See the attached evidence.\",\"section\":2,\"category\":\"ngo\","
                + "\"country\":\"EE\",\"attachment\":\""
                + token
                + "\"}");
    assertThat(commented.statusCode()).as(commented.body()).isEqualTo(201);
    long comment = Api.json(commented).asJsonObject().getJsonNumber("id").longValue();

    HttpResponse<byte[]> download =
        anonymous.getBytes(
            "api/consultations/" + id + "/comments/" + comment + "/attachment", "*/*");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment")
        .contains("valuation.pdf");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    // one comment per upload
    assertProblem(
        delegate.post(
            "api/consultations/" + id + "/comments",
            "{\"text\":\"Again.\",\"category\":\"ngo\",\"country\":\"EE\",\"attachment\":\""
                + token
                + "\"}"),
        422,
        "ATTACHMENT_REFUSED");
    // a comment without an attachment has none to download
    long plain =
        Api.json(
                delegate.post(
                    "api/consultations/" + id + "/comments",
                    "{\"text\":\"No file.\",\"category\":\"ngo\",\"country\":\"EE\"}"))
            .asJsonObject()
            .getJsonNumber("id")
            .longValue();
    assertThat(
            anonymous
                .getBytes("api/consultations/" + id + "/comments/" + plain + "/attachment", "*/*")
                .statusCode())
        .isEqualTo(404);

    long closed = draft.closed("Attachments closed");
    assertProblem(
        anonymous.sendBytes(
            "POST",
            "api/consultations/" + closed + "/attachments?name=late.pdf",
            "application/pdf",
            pdf),
        422,
        "CONSULTATION_CLOSED");
  }
}
