package org.plenary.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.core.accounts.domain.AccountNotice;
import org.plenary.core.mail.Mail;

/**
 * Words the mails about account requests and invitations in the person's language, from the
 * interface's bundle ({@code mail.account.<KIND>.subject} and {@code .text}, placeholders {@code
 * {name}}, {@code {link}}, {@code {reason}}), with links to {@code plenary.public.url}. Observed
 * inside the deciding transaction, so the {@link Mail} it fires is sent only if that commits.
 */
@ApplicationScoped
public class AccountMails {
  private String publicUrl;
  private Event<Mail> mail;

  protected AccountMails() {}

  @Inject
  public AccountMails(
      @ConfigProperty(name = "plenary.public.url", defaultValue = "http://localhost:8080")
          String publicUrl,
      Event<Mail> mail) {
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    this.mail = mail;
  }

  void send(@Observes AccountNotice notice) {
    mail.fire(of(notice, publicUrl));
  }

  /** The mail for a notice, with links under the given address (ending in a slash). */
  static Mail of(AccountNotice notice, String publicUrl) {
    Locale language = Language.supported(notice.language()).orElse(Language.SUPPORTED.get(0));
    String key = "mail.account." + notice.kind().name();
    Map<String, String> values = new HashMap<>();
    values.put("name", notice.fullName());
    values.put("reason", Optional.ofNullable(notice.reason()).orElse(""));
    values.put("link", link(notice, publicUrl, language.getLanguage()));
    return new Mail(
        notice.to(),
        AgendaMessages.fill(AgendaMessages.text(key + ".subject", language), values),
        AgendaMessages.fill(AgendaMessages.text(key + ".text", language), values));
  }

  private static String link(AccountNotice notice, String publicUrl, String lang) {
    String page =
        switch (notice.kind()) {
          case CONFIRM_ADDRESS -> "accounts/confirm.xhtml";
          case APPROVED_SET_PASSWORD, INVITED -> "accounts/accept.xhtml";
          case APPROVED, ALREADY_HAS_ACCOUNT -> "login.xhtml";
          case REQUEST_PENDING, DECLINED -> "";
        };
    String query = "?" + LanguageFilter.PARAMETER + "=" + lang;
    if (notice.token() != null) {
      query += "&token=" + URLEncoder.encode(notice.token(), StandardCharsets.UTF_8);
    }
    return publicUrl + page + query;
  }
}
