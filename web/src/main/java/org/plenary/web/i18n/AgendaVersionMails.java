package org.plenary.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.plenary.agenda.meetings.application.AgendaRepublished;
import org.plenary.agenda.registrations.application.Registrations;
import org.plenary.agenda.registrations.application.Registrations.Recipient;
import org.plenary.core.mail.Mail;

/**
 * Tells everyone registered for a meeting, one mail each in the language they registered in, what
 * changed when its agenda is published again. Observed inside the publishing transaction: the
 * recipients are read in one query, and the mails go out only once it commits (Mail events are sent
 * after commit), so a publication that rolls back mails no one. (Reading the recipients after the
 * commit, from an AFTER_SUCCESS observer, failed on H2: the container could not resume the
 * completed transaction around a new one.)
 */
@ApplicationScoped
public class AgendaVersionMails {
  private Registrations registrations;
  private Event<Mail> mail;

  protected AgendaVersionMails() {}

  @Inject
  public AgendaVersionMails(Registrations registrations, Event<Mail> mail) {
    this.registrations = registrations;
    this.mail = mail;
  }

  void send(@Observes AgendaRepublished republished) {
    Map<String, String> changes = new java.util.HashMap<>();
    for (Recipient recipient : registrations.recipients(republished.meetingId())) {
      Locale language =
          Language.supported(Locale.forLanguageTag(recipient.language()))
              .orElse(Language.SUPPORTED.get(0));
      String summary =
          changes.computeIfAbsent(language.getLanguage(), l -> summary(republished, language));
      mail.fire(of(republished, recipient.email(), recipient.fullName(), language, summary));
    }
  }

  static String summary(AgendaRepublished republished, Locale language) {
    List<String> lines =
        republished.changes().stream().map(c -> "- " + AgendaMessages.of(c, language)).toList();
    return lines.stream().collect(Collectors.joining("\n"));
  }

  static Mail of(
      AgendaRepublished republished, String to, String name, Locale language, String summary) {
    Map<String, String> values =
        Map.of(
            "name",
            name,
            "meeting",
            republished.meetingTitle(),
            "label",
            republished.label(),
            "changes",
            summary);
    return new Mail(
        to,
        AgendaMessages.fill(
            AgendaMessages.text("mail.agenda.republished.subject", language), values),
        AgendaMessages.fill(AgendaMessages.text("mail.agenda.republished.text", language), values));
  }
}
