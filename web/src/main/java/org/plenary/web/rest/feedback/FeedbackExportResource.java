package org.plenary.web.rest.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.plenary.agenda.feedback.application.CsvRow;
import org.plenary.agenda.feedback.application.FeedbackResults;
import org.plenary.core.security.domain.Roles;
import org.plenary.web.rest.Callers;

/**
 * Every answer of a meeting's feedback as CSV, streamed page by page: memory stays flat however
 * many responses there are (SECRETARIAT).
 */
@Path("meetings/{id}/feedback.csv")
@Callers(Roles.SECRETARIAT)
@ApplicationScoped
public class FeedbackExportResource {
  static final int PAGE = 500;
  static final String CSV = "text/csv; charset=UTF-8";

  @Inject FeedbackResults results;

  @GET
  @Produces(CSV)
  @Operation(summary = "All session evaluations and form answers of a meeting as CSV")
  public Response export(@PathParam("id") String id) {
    // the first page is read here, so a refusal (401, 403, 404) is a problem, not a broken file
    List<CsvRow> firstSessions = results.sessionRows(id, 0, PAGE);
    StreamingOutput body =
        output -> {
          Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
          FeedbackCsv.header(out);
          stream(out, id, firstSessions, true);
          stream(out, id, results.formRows(id, 0, PAGE), false);
          out.flush();
        };
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"" + id + "-feedback.csv\"")
        .build();
  }

  /** Writes pages until one comes back empty; pages count evaluations or answers, not rows. */
  private void stream(Writer out, String id, List<CsvRow> first, boolean sessions)
      throws java.io.IOException {
    FeedbackCsv.rows(out, id, first);
    int offset = PAGE;
    boolean more = !first.isEmpty();
    while (more) {
      List<CsvRow> page =
          sessions ? results.sessionRows(id, offset, PAGE) : results.formRows(id, offset, PAGE);
      FeedbackCsv.rows(out, id, page);
      more = !page.isEmpty();
      offset += PAGE;
    }
  }
}
