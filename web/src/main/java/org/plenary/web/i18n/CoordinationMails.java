package org.plenary.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.consultation.coordination.application.PositionOverdue;
import org.plenary.core.mail.Mail;

/**
 * Words the reminder of an overdue coordination position, in English then French (the directory
 * does not know a person's language), from {@code mail.coordination.overdue.*}. Observed inside the
 * transaction that marks the reminder sent, so the mail leaves only if that commits.
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

  void send(@Observes PositionOverdue overdue) {
    mail.fire(of(overdue, publicUrl));
  }

  static Mail of(PositionOverdue overdue, String publicUrl) {
    return EveryLanguage.mail(
        overdue.to(),
        "mail.coordination.overdue",
        language ->
            Map.of(
                "name", overdue.fullName(),
                "body", overdue.bodyName(),
                "draft", overdue.draftTitle(),
                "version", String.valueOf(overdue.draftVersion()),
                "deadline",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(language)
                        .format(overdue.deadline()),
                "link",
                    publicUrl
                        + "coordination/round.xhtml?round="
                        + overdue.roundId()
                        + "&"
                        + LanguageFilter.PARAMETER
                        + "="
                        + language.getLanguage()));
  }
}
