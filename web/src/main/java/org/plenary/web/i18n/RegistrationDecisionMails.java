package org.plenary.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenary.agenda.registrations.application.RegistrationDecided;
import org.plenary.core.mail.Mail;

/**
 * Words the mails about the desk's decisions on registrations in the participant's language, from
 * the interface's bundle ({@code mail.registration.<KIND>.subject} and {@code .text}, placeholders
 * {@code {name}}, {@code {meeting}}, {@code {reason}}). Observed inside the deciding transaction,
 * so the {@link Mail} it fires is sent only if that commits.
 */
@ApplicationScoped
public class RegistrationDecisionMails {
  private Event<Mail> mail;

  protected RegistrationDecisionMails() {}

  @Inject
  public RegistrationDecisionMails(Event<Mail> mail) {
    this.mail = mail;
  }

  void send(@Observes RegistrationDecided decided) {
    mail.fire(of(decided));
  }

  static Mail of(RegistrationDecided decided) {
    Locale language =
        Language.supported(Locale.forLanguageTag(decided.language()))
            .orElse(Language.SUPPORTED.get(0));
    String key = "mail.registration." + decided.kind().name();
    Map<String, String> values =
        Map.of(
            "name", decided.fullName(),
            "meeting", decided.meetingTitle(),
            "reason", Optional.ofNullable(decided.reason()).orElse(""));
    return new Mail(
        decided.to(),
        AgendaMessages.fill(AgendaMessages.text(key + ".subject", language), values),
        AgendaMessages.fill(AgendaMessages.text(key + ".text", language), values));
  }
}
