package org.plenary.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.consultation.coordination.application.PositionRequested;
import org.plenary.core.mail.Mail;

/**
 * Words the request for a coordination position (when the round starts: {@code
 * mail.coordination.consulted.*}) and its reminder once the deadline passed ({@code
 * mail.coordination.overdue.*}), in English then French (the directory does not know a person's
 * language). Observed inside the transaction that starts the round or marks the reminder sent, so
 * the mail leaves only if that commits.
 */
@ApplicationScoped
public class CoordinationMails {
  private String publicUrl;
  private Event<Mail> mail;

  protected CoordinationMails() {}

  @Inject
  public CoordinationMails(
      @ConfigProperty(name = "plenary.public.url", defaultValue = "http://localhost:8080")
          String publicUrl,
      Event<Mail> mail) {
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    this.mail = mail;
  }

  void send(@Observes PositionRequested asked) {
    mail.fire(of(asked, publicUrl));
  }

  static Mail of(PositionRequested asked, String publicUrl) {
    return EveryLanguage.mail(
        asked.to(),
        "mail.coordination." + asked.reason().name().toLowerCase(Locale.ROOT),
        language ->
            Map.of(
                "name", asked.fullName(),
                "body", asked.bodyName(),
                "draft", asked.draftTitle(),
                "version", String.valueOf(asked.draftVersion()),
                "deadline",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(language)
                        .format(asked.deadline()),
                "link",
                    publicUrl
                        + "coordination/round.xhtml?round="
                        + asked.roundId()
                        + "&"
                        + LanguageFilter.PARAMETER
                        + "="
                        + language.getLanguage()));
  }
}
