package org.plenary.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.consultation.consultations.application.CommentNotice;
import org.plenary.core.mail.Mail;

/**
 * Words the mail that asks someone who commented without signing in to confirm their address
 * ({@code mail.consultation.confirm.subject} and {@code .text}, placeholders {@code {name}}, {@code
 * {title}}, {@code {link}}), in their language, linking to the confirmation page. Observed inside
 * the transaction that stored the comment, so the mail leaves only if the comment was committed.
 */
@ApplicationScoped
public class ConsultationMails {
  private String publicUrl;
  private Event<Mail> mail;

  protected ConsultationMails() {}

  @Inject
  public ConsultationMails(
      @ConfigProperty(name = "plenary.public.url", defaultValue = "http://localhost:8080")
          String publicUrl,
      Event<Mail> mail) {
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    this.mail = mail;
  }

  void send(@Observes CommentNotice notice) {
    mail.fire(of(notice, publicUrl));
  }

  static Mail of(CommentNotice notice, String publicUrl) {
    Locale language = Language.supported(notice.language()).orElse(Language.SUPPORTED.get(0));
    String link =
        publicUrl
            + "consultations/confirm.xhtml?"
            + LanguageFilter.PARAMETER
            + "="
            + language.getLanguage()
            + "&token="
            + URLEncoder.encode(notice.token(), StandardCharsets.UTF_8);
    Map<String, String> values =
        Map.of("name", notice.name(), "title", notice.title(), "link", link);
    return new Mail(
        notice.to(),
        AgendaMessages.fill(
            AgendaMessages.text("mail.consultation.confirm.subject", language), values),
        AgendaMessages.fill(
            AgendaMessages.text("mail.consultation.confirm.text", language), values));
  }
}
