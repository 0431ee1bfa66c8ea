package org.plenary.web.rest.drafts;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.plenary.core.drafts.application.Drafts;
import org.plenary.core.files.domain.StoredFile;

/** Downloads: always an attachment, never shown inline. */
public final class Attachments {
  private Attachments() {}

  /**
   * A version's document as a download: its checked content type, its size, its name as an
   * attachment, {@code nosniff}; streamed from where it is stored.
   */
  public static Response.ResponseBuilder document(Drafts.DraftDocument document) {
    StoredFile file = document.file();
    StreamingOutput body = out -> Files.copy(document.content(), out);
    return Response.ok(body, file.getContentType())
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(file.getOriginalName()))
        .header(HttpHeaders.CONTENT_LENGTH, file.getSize())
        .header("X-Content-Type-Options", "nosniff");
  }

  /**
   * {@code attachment} with the name twice (RFC 6266): an ASCII fallback and the UTF-8 name,
   * percent-encoded, so no character of the name can break out of the header.
   */
  public static String disposition(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
