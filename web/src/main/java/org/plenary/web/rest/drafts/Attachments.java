package org.plenary.web.rest.drafts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The {@code Content-Disposition} of a download: always an attachment, never shown inline. */
public final class Attachments {
  private Attachments() {}

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
