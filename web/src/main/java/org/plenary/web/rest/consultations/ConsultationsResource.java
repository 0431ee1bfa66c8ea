package org.plenary.web.rest.consultations;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.plenary.consultation.consultations.application.BulkRow;
import org.plenary.consultation.consultations.application.BulkRows;
import org.plenary.consultation.consultations.application.BulkSubmissions;
import org.plenary.consultation.consultations.application.CommentAttachments;
import org.plenary.consultation.consultations.application.CommentExport;
import org.plenary.consultation.consultations.application.CommentForm;
import org.plenary.consultation.consultations.application.CommentModeration;
import org.plenary.consultation.consultations.application.CommentSubmissions;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.consultation.consultations.application.Consultations.ListFilter;
import org.plenary.consultation.consultations.application.Consultations.ListSort;
import org.plenary.consultation.consultations.application.Submission;
import org.plenary.consultation.consultations.domain.Comment;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.ConsultationStatus;
import org.plenary.consultation.consultations.domain.ResponseOutcome;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Jsons;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.i18n.Language;
import org.plenary.web.i18n.Texts;
import org.plenary.web.rest.Callers;
import org.plenary.web.rest.InvalidRequest;
import org.plenary.web.rest.Paging;
import org.plenary.web.rest.QueryValues;
import org.plenary.web.rest.Throttled;
import org.plenary.web.rest.drafts.Attachments;
import org.plenary.web.rest.drafts.DraftJson;
import org.plenary.web.rest.registrations.Bodies;
import org.plenary.web.security.RateLimits;

/**
 * Public consultations: anyone reads them and their published comments (JSON, or CSV streamed page
 * by page), and comments; the drafter opens a consultation, hides comments and answers them.
 */
@Path("consultations")
@Callers(Callers.ANYONE)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationsResource {
  static final String CSV = "text/csv; charset=UTF-8";
  static final int EXPORT_PAGE = 1000;

  /** Characters buffered before the CSV exports write to the response. */
  private static final int CSV_BUFFER = 1 << 16;

  @Inject Consultations consultations;
  // @EJB on the path of every comment: Payara's CDI proxy of a session bean takes the class
  // loader's lock on every call (issue 8's profile), the container's reference does not.
  @EJB CommentSubmissions submissions;
  @Inject CommentModeration moderation;
  @Inject CommentAttachments attachments;
  @Inject BulkSubmissions bulk;
  @Inject CommentExport export;
  @Inject Validator validator;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary =
          "Public consultations with their status, closing last first or sorted; ?q= words of the"
              + " title or drafter, ?status=PLANNED|OPEN|CLOSED|REPORT_PUBLISHED,"
              + " ?sort=closesAt|opensAt|title|drafter (- before it: descending)")
  public JsonObject list(
      @QueryParam("q") String q,
      @QueryParam("status") String status,
      @QueryParam("sort") String sort,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(first, size, 500);
    ListFilter filter =
        new ListFilter(q, QueryValues.constant(ConsultationStatus.class, "status", status));
    SortColumn.Order<ListSort> by =
        QueryValues.sort(ListSort.class, sort, ListSort.CLOSES_AT, false);
    JsonArrayBuilder items = Jsons.array();
    for (Consultation c :
        consultations.page(filter, by.column(), by.ascending(), paging.first(), paging.size())) {
      items.add(ConsultationJson.summary(c, consultations.status(c)));
    }
    return paging.page(consultations.count(filter), items).build();
  }

  @Callers(Callers.ACCOUNTS)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Open a public consultation on a draft's version (secretariat, ministry, or a"
              + " coordinator of the owning group)")
  @APIResponse(responseCode = "201", description = "Opened; Location names it")
  public Response open(ConsultationBody body) {
    Bodies.valid(validator, body);
    Consultation consultation =
        consultations.open(
            body.draftId,
            body.version,
            body.title,
            Consultation.Period.of(body.opensAt, body.closesAt, body.timeZone));
    return Response.created(
            uri.getBaseUriBuilder().path("consultations/{id}").build(consultation.getId()))
        .entity(ConsultationJson.summary(consultation, consultations.status(consultation)).build())
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A consultation with the sections of the consulted version, in order")
  public JsonObject get(@PathParam("id") long id) {
    Consultation consultation = consultations.get(id);
    return ConsultationJson.summary(consultation, consultations.status(consultation))
        .add("sections", DraftJson.sections(consultations.consultedVersion(consultation)))
        .build();
  }

  @GET
  @Path("{id}/comments")
  @Operation(
      summary =
          "Published comments, oldest first, paged; ?section=n for one section, 0 for the whole"
              + " draft. No personal data")
  public JsonObject comments(
      @PathParam("id") long id,
      @QueryParam("section") Integer section,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Paging paging = Paging.of(first, size, 500);
    Consultations.Filter filter = filter(consultations.get(id), section);
    JsonArrayBuilder items = Jsons.array();
    for (Comment comment : consultations.comments(id, filter, paging.first(), paging.size())) {
      items.add(ConsultationJson.comment(comment));
    }
    return paging.page(consultations.countComments(id, filter), items).build();
  }

  @GET
  @Path("{id}/comments")
  @Produces(CSV)
  @Operation(summary = "Every published comment as CSV (streamed; no personal data)")
  public Response commentsCsv(@PathParam("id") long id) {
    consultations.get(id); // an unknown consultation is a 404 problem, not an empty file
    StreamingOutput body =
        output -> {
          Writer out = csvWriter(output);
          ConsultationJson.csvHeader(out);
          export.comments(id, row -> ConsultationJson.csvRow(out, row));
          out.flush();
        };
    return Response.ok(body, CSV)
        .header(
            "Content-Disposition", "attachment; filename=\"consultation-" + id + "-comments.csv\"")
        .build();
  }

  // --- The consultation report (issue 6): CSV and PDF, published by the drafter

  @GET
  @Path("{id}/report")
  @Produces(CSV)
  @Operation(
      summary =
          "The consultation report as CSV (as report.csv); before publication the drafter and the"
              + " secretariat only")
  @APIResponse(responseCode = "403", description = "REPORT_NOT_PUBLISHED")
  public Response report(@PathParam("id") long id) {
    return reportCsv(id);
  }

  @GET
  @Path("{id}/report.csv")
  @Produces(CSV)
  @Operation(
      summary =
          "The consultation report as CSV: every published comment with its response, grouped by"
              + " section (streamed, formula-escaped, no personal data); before publication the"
              + " drafter and the secretariat only")
  @APIResponse(responseCode = "403", description = "REPORT_NOT_PUBLISHED")
  public Response reportCsv(@PathParam("id") long id) {
    consultations.reportOf(id);
    StreamingOutput body =
        output -> {
          Writer out = csvWriter(output);
          ConsultationJson.csvHeader(out);
          export.report(id, row -> ConsultationJson.csvRow(out, row));
          out.flush();
        };
    return Response.ok(body, CSV)
        .header(
            "Content-Disposition", "attachment; filename=\"consultation-" + id + "-report.csv\"")
        .build();
  }

  @GET
  @Path("{id}/report.pdf")
  @Produces("application/pdf")
  @Operation(
      summary =
          "The consultation report as PDF, grouped by section; before publication the drafter and"
              + " the secretariat only")
  @APIResponse(responseCode = "403", description = "REPORT_NOT_PUBLISHED")
  public Response reportPdf(
      @PathParam("id") long id,
      @QueryParam("lang") String lang,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    Consultation consultation = consultations.reportOf(id);
    ConsultationStatus status = consultations.status(consultation);
    Locale language = Language.of(lang, acceptLanguage);
    List<String> headings =
        consultations.consultedVersion(consultation).getSections().stream()
            .map(section -> section.getHeading())
            .toList();
    StreamingOutput body =
        output -> {
          try (ReportPrint print =
              new ReportPrint(consultation, status, headings, Texts.of(language))) {
            reportPages(id, print::add);
            print.save(output);
          }
        };
    return Response.ok(body, "application/pdf")
        .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
        .header(
            "Content-Disposition", "attachment; filename=\"consultation-" + id + "-report.pdf\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @Callers(Callers.ACCOUNTS)
  @POST
  @Path("{id}/report")
  @Operation(
      summary =
          "The drafter publishes the report once the consultation has closed (status report"
              + " published; audited)")
  @APIResponse(responseCode = "422", description = "REPORT_NOT_READY: not closed yet")
  public JsonObject publishReport(@PathParam("id") long id) {
    Consultation consultation = consultations.publishReport(id);
    return ConsultationJson.summary(consultation, consultations.status(consultation)).build();
  }

  /** Feeds the report's rows, a page of the database at a time, in the report's order. */
  private void reportPages(long id, ReportPage sink) throws java.io.IOException {
    int section = -1;
    long after = 0;
    while (true) {
      List<Comment> page = consultations.reportAfter(id, section, after, EXPORT_PAGE);
      sink.accept(page);
      if (page.size() < EXPORT_PAGE) {
        return;
      }
      Comment last = page.get(page.size() - 1);
      section = last.getSectionNumber() == null ? 0 : last.getSectionNumber();
      after = last.getId();
    }
  }

  private interface ReportPage {
    void accept(List<Comment> page) throws java.io.IOException;
  }

  private static Writer csvWriter(java.io.OutputStream output) {
    return new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), CSV_BUFFER);
  }

  // --- end of the consultation report

  // --- Comment attachments (issue 6): upload first, then name the token in the comment

  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Upload a comment's attachment (raw bytes as the body, ?name= the file's name) while the"
              + " consultation is open: PDF, DOCX or ODT checked by content (422 TYPE_NOT_ALLOWED),"
              + " the size limit (413 TOO_LARGE); answers a token for the comment's"
              + " \"attachment\" field")
  @APIResponse(responseCode = "201", description = "Kept; the body has the token")
  @APIResponse(responseCode = "429", description = "Too many anonymous uploads; see Retry-After")
  @Throttled(RateLimits.Action.ANONYMOUS_COMMENT)
  public Response upload(
      @PathParam("id") long id, @QueryParam("name") String name, InputStream content) {
    if (content == null) {
      throw new InvalidRequest("body", "is required");
    }
    String token = attachments.upload(id, content, name);
    return Response.status(201).entity(Jsons.object().add("attachment", token).build()).build();
  }

  @GET
  @Path("{id}/comments/{comment}/attachment")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary =
          "A published comment's attachment, as an attachment with its checked content type; 404"
              + " when it has none or is hidden")
  public Response attachment(@PathParam("id") long id, @PathParam("comment") long commentId) {
    CommentAttachments.Download download = attachments.of(id, commentId);
    StreamingOutput body = out -> Files.copy(download.content(), out);
    return Response.ok(body, download.file().getContentType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            Attachments.disposition(download.file().getOriginalName()))
        .header(HttpHeaders.CONTENT_LENGTH, download.file().getSize())
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  // --- end of comment attachments

  @POST
  @Path("{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Comment (signed in, or with name, email, category and country); an Idempotency-Key"
              + " makes retries return the same comment")
  @APIResponse(responseCode = "201", description = "Stored; Location names the comment")
  @APIResponse(responseCode = "200", description = "Stored before under this Idempotency-Key")
  @APIResponse(responseCode = "422", description = "CONSULTATION_CLOSED, or a rule; field named")
  @APIResponse(responseCode = "429", description = "Too many anonymous comments; see Retry-After")
  @Throttled(RateLimits.Action.ANONYMOUS_COMMENT)
  public Response comment(
      @PathParam("id") long id,
      @HeaderParam("Idempotency-Key") String key,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
      CommentForm form) {
    Bodies.valid(validator, form);
    String attachment = form.getAttachment() == null ? null : form.getAttachment().strip();
    if (attachment != null && !attachment.isEmpty()) {
      attachments.check(id, attachment, key != null && !key.isBlank());
    }
    // the header as a parameter: asking the injected HttpHeaders (a proxy) for the acceptable
    // languages took 1.9% of the request threads' CPU in issue 8's ingest profile
    Submission submission = submissions.submit(id, form, key, Language.preferred(language));
    if (attachment != null && !attachment.isEmpty()) {
      attachments.attach(id, attachment, submission.commentId());
    }
    URI location =
        uri.getBaseUriBuilder()
            .path("consultations/{id}/comments/{comment}")
            .build(id, submission.commentId());
    JsonObject json =
        Jsons.object()
            .add("id", submission.commentId())
            .add("consultationId", id)
            .add("status", submission.published() ? "PUBLISHED" : "AWAITING_CONFIRMATION")
            .build();
    return (submission.repeated() ? Response.ok(json) : Response.status(201).entity(json))
        .location(location)
        .build();
  }

  // --- Bulk submission (issue 8): comments collected elsewhere, handed in all at once

  @Callers({Roles.SECRETARIAT, Roles.MINISTRY})
  @POST
  @Path("{id}/comments/bulk")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Hand in comments collected elsewhere (secretariat, ministry): CSV with a header (text,"
              + " section, name, category, country) or JSON lines, streamed; every row passes the"
              + " rules of a single comment and the upload is stored all or nothing, published;"
              + " an Idempotency-Key makes a retry store nothing twice")
  @APIResponse(responseCode = "201", description = "Stored; the body counts the comments")
  @APIResponse(responseCode = "200", description = "Stored before under this Idempotency-Key")
  @APIResponse(
      responseCode = "422",
      description = "ROWS_REFUSED: nothing stored; errors name each row, field and message")
  @APIResponse(responseCode = "415", description = "Neither text/csv nor application/x-ndjson")
  public Response bulk(
      @PathParam("id") long id, @HeaderParam("Idempotency-Key") String key, InputStream body) {
    MediaType type = headers.getMediaType();
    Reader reader =
        new InputStreamReader(
            body == null ? InputStream.nullInputStream() : body, StandardCharsets.UTF_8);
    Iterator<BulkRow> rows;
    if (type != null && type.isCompatible(MediaType.valueOf("text/csv"))) {
      rows = BulkRows.csv(reader);
    } else if (type != null && type.isCompatible(MediaType.valueOf("application/x-ndjson"))) {
      rows = BulkRows.jsonLines(reader);
    } else {
      throw new NotSupportedException("send text/csv or application/x-ndjson");
    }
    BulkSubmissions.Receipt receipt = bulk.submit(id, rows, key);
    JsonObject json =
        Jsons.object()
            .add("consultationId", id)
            .add("stored", receipt.stored())
            .add("repeated", receipt.repeated())
            .add("firstCommentId", receipt.firstCommentId())
            .build();
    return (receipt.repeated() ? Response.ok(json) : Response.status(201).entity(json)).build();
  }

  // --- end of bulk submission

  @GET
  @Path("{id}/comments/{comment}")
  @Operation(summary = "One published comment")
  public JsonObject comment(@PathParam("id") long id, @PathParam("comment") long commentId) {
    return ConsultationJson.comment(consultations.comment(id, commentId)).build();
  }

  @POST
  @Path("comments/confirmation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Publish a comment with the token of the mailed link (single use)")
  @APIResponse(responseCode = "400", description = "TOKEN_INVALID: unknown or used")
  public JsonObject confirm(ConfirmationBody body) {
    long consultationId = submissions.confirm(Bodies.valid(validator, body).token);
    return Jsons.object().add("status", "PUBLISHED").add("consultationId", consultationId).build();
  }

  @Callers(Callers.ACCOUNTS)
  @POST
  @Path("{id}/comments/{comment}/hiding")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The drafter hides a comment with a reason shown in its place")
  public JsonObject hide(
      @PathParam("id") long id, @PathParam("comment") long commentId, HidingBody body) {
    consultations.comment(id, commentId);
    return ConsultationJson.comment(
            moderation.hide(commentId, Bodies.valid(validator, body).reason))
        .build();
  }

  @Callers(Callers.ACCOUNTS)
  @PUT
  @Path("{id}/comments/{comment}/response")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The drafter answers a comment, optionally naming where it was resolved")
  public JsonObject respond(
      @PathParam("id") long id, @PathParam("comment") long commentId, ResponseBody body) {
    Bodies.valid(validator, body);
    consultations.comment(id, commentId);
    return ConsultationJson.comment(
            moderation.respond(
                commentId,
                outcome(body.outcome),
                body.justification,
                body.resolvedInVersion,
                body.resolvedInSection))
        .build();
  }

  private Consultations.Filter filter(Consultation consultation, Integer section) {
    if (section == null) {
      return Consultations.Filter.ALL;
    }
    if (section == 0) {
      return new Consultations.Filter(null, true, false);
    }
    List<String> keys = consultations.sectionKeys(consultation);
    if (section < 0 || section > keys.size()) {
      throw new InvalidRequest("section", "must be 0 (whole draft) or 1 to " + keys.size());
    }
    return Consultations.Filter.section(keys.get(section - 1));
  }

  private static ResponseOutcome outcome(String outcome) {
    try {
      return ResponseOutcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest(
          "outcome", "must be accepted, partly_accepted, not_accepted or noted");
    }
  }
}
