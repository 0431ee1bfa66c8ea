package org.plenary.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.agenda.outcomes.application.ActionOverdue;
import org.plenary.core.mail.Mail;

/**
 * Words the reminder of an overdue decision or action, in English then French (the directory does
 * not know a person's language), from {@code mail.actions.overdue.*}. Observed inside the
 * transaction that marks the reminder sent, so the mail leaves only if that commits.
 */
@ApplicationScoped
public class OutcomeMails {
  private String publicUrl;
  private Event<Mail> mail;

  protected OutcomeMails() {}

  @Inject
  public OutcomeMails(
      @ConfigProperty(name = "plenary.public.url", defaultValue = "http://localhost:8080")
          String publicUrl,
      Event<Mail> mail) {
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    this.mail = mail;
  }

  void send(@Observes ActionOverdue overdue) {
    mail.fire(of(overdue, publicUrl));
  }

  static Mail of(ActionOverdue overdue, String publicUrl) {
    return EveryLanguage.mail(
        overdue.to(),
        "mail.actions.overdue",
        language ->
            Map.of(
                "name", overdue.fullName(),
                "owner", overdue.ownerName(),
                "title", overdue.title(),
                "meeting", overdue.meetingTitle(),
                "due",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(language)
                        .format(overdue.dueDate()),
                "link", publicUrl + "me/action.xhtml?key=" + overdue.actionKey()));
  }
}
