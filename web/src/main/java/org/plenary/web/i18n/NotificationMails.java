package org.plenary.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.core.mail.Mail;
import org.plenary.core.notifications.application.NotificationMail;

/**
 * Words the e-mail of a notification in the recipient's chosen language, from the interface's
 * bundle ({@code mail.notification.<KIND>.subject} and {@code .text}, placeholders {@code {name}},
 * {@code {actor}}, {@code {title}}, {@code {version}}, {@code {link}}), with a link to the draft
 * under {@code plenary.public.url}. The {@link Mail} is sent only if the transaction commits.
 */
@ApplicationScoped
public class NotificationMails {
  private String publicUrl;
  private Event<Mail> mail;

  protected NotificationMails() {}

  @Inject
  public NotificationMails(
      @ConfigProperty(name = "plenary.public.url", defaultValue = "http://localhost:8080")
          String publicUrl,
      Event<Mail> mail) {
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    this.mail = mail;
  }

  void send(@Observes NotificationMail notification) {
    mail.fire(of(notification, publicUrl));
  }

  static Mail of(NotificationMail notification, String publicUrl) {
    Locale language =
        Language.supported(Locale.forLanguageTag(notification.language()))
            .orElse(Language.SUPPORTED.get(0));
    String key = "mail.notification." + notification.kind().name();
    Map<String, String> values =
        Map.of(
            "name", notification.recipientName(),
            "actor", notification.actorName(),
            "title", notification.title(),
            "version", String.valueOf(notification.versionNumber()),
            "link",
                publicUrl
                    + "groups/draft.xhtml?draft="
                    + notification.draftId()
                    + "&version="
                    + notification.versionNumber()
                    + "&"
                    + LanguageFilter.PARAMETER
                    + "="
                    + language.getLanguage());
    return new Mail(
        notification.to(),
        AgendaMessages.fill(AgendaMessages.text(key + ".subject", language), values),
        AgendaMessages.fill(AgendaMessages.text(key + ".text", language), values));
  }
}
