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
import org.plenary.agenda.outcomes.application.MinutesApproved;
import org.plenary.agenda.outcomes.application.MinutesCirculated;
import org.plenary.agenda.registrations.application.Registrations;
import org.plenary.agenda.registrations.application.Registrations.Recipient;
import org.plenary.core.mail.Mail;

/**
 * Tells every registered participant of a meeting, in the language they registered in, that its
 * draft minutes are out for corrections and until when ({@code mail.minutes.circulated.*}), and
 * later that they are approved and published ({@code mail.minutes.approved.*}). Observed inside the
 * circulating transaction, like the agenda-change mails: the recipients are read in one query and
 * the mails leave only once it commits.
 */
@ApplicationScoped
public class MinutesMails {
  private String publicUrl;
  private Registrations registrations;
  private Event<Mail> mail;

  protected MinutesMails() {}

  @Inject
  public MinutesMails(
      @ConfigProperty(name = "plenary.public.url", defaultValue = "http://localhost:8080")
          String publicUrl,
      Registrations registrations,
      Event<Mail> mail) {
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    this.registrations = registrations;
    this.mail = mail;
  }

  void send(@Observes MinutesCirculated circulated) {
    for (Recipient recipient : registrations.recipients(circulated.meetingId())) {
      Locale language =
          Language.supported(Locale.forLanguageTag(recipient.language()))
              .orElse(Language.SUPPORTED.get(0));
      mail.fire(of(circulated, recipient.email(), recipient.fullName(), language, publicUrl));
    }
  }

  void send(@Observes MinutesApproved approved) {
    for (Recipient recipient : registrations.recipients(approved.meetingId())) {
      Locale language =
          Language.supported(Locale.forLanguageTag(recipient.language()))
              .orElse(Language.SUPPORTED.get(0));
      Map<String, String> values =
          Map.of(
              "name",
              recipient.fullName(),
              "meeting",
              approved.meetingTitle(),
              "version",
              Integer.toString(approved.version()),
              "link",
              publicUrl + "meetings/minutes.xhtml?meeting=" + approved.meetingId());
      mail.fire(
          new Mail(
              recipient.email(),
              AgendaMessages.fill(
                  AgendaMessages.text("mail.minutes.approved.subject", language), values),
              AgendaMessages.fill(
                  AgendaMessages.text("mail.minutes.approved.text", language), values)));
    }
  }

  static Mail of(
      MinutesCirculated circulated, String to, String name, Locale language, String publicUrl) {
    Map<String, String> values =
        Map.of(
            "name",
            name,
            "meeting",
            circulated.meetingTitle(),
            "version",
            Integer.toString(circulated.version()),
            "closes",
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(language)
                    .format(circulated.closesAt().atZoneSameInstant(circulated.timeZone()))
                + " ("
                + circulated.timeZone().getId()
                + ")",
            "link",
            publicUrl + "me/minutes.xhtml?meeting=" + circulated.meetingId());
    return new Mail(
        to,
        AgendaMessages.fill(
            AgendaMessages.text("mail.minutes.circulated.subject", language), values),
        AgendaMessages.fill(AgendaMessages.text("mail.minutes.circulated.text", language), values));
  }
}
