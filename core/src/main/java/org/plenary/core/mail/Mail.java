package org.plenary.core.mail;

import java.util.List;
import java.util.Objects;

/**
 * One plain-text e-mail (UTF-8) to one recipient, with optional attachments. Fire it as a CDI event
 * inside a transaction: it is sent only if that transaction commits.
 */
public record Mail(String to, String subject, String text, List<Attachment> attachments) {
  public Mail {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public Mail(String to, String subject, String text) {
    this(to, subject, text, List.of());
  }

  /** A file sent with the mail, such as a calendar entry ({@code text/calendar}). */
  public record Attachment(String fileName, String contentType, byte[] content) {
    public Attachment {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(contentType, "contentType");
      content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }
  }
}
