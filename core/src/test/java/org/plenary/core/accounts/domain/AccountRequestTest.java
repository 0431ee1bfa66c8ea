package org.plenary.core.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.accounts.domain.AccountRequestRefused.Reason;
import org.plenary.core.people.domain.OrganisationCategory;
import org.plenary.core.security.domain.Role;

class AccountRequestTest {
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  private static AccountRequest request(String passwordHash) {
    AccountRequest request =
        AccountRequest.request(
            " Ada Lovelace ",
            " Ada@Example.ORG ",
            "Ministry of Testing",
            "be",
            OrganisationCategory.MINISTRY,
            Role.DELEGATE,
            passwordHash,
            Locale.FRENCH,
            NOW);
    request.issueToken("hash", NOW, AccountRequest.CONFIRMATION_VALIDITY);
    return request;
  }

  @Test
  void keepsTheAddressInOneCanonicalForm() {
    AccountRequest request = request("pbkdf2");

    assertThat(request.getEmail()).isEqualTo("ada@example.org");
    assertThat(request.getFullName()).isEqualTo("Ada Lovelace");
    assertThat(request.getCountryCode()).isEqualTo("BE");
    assertThat(request.language()).isEqualTo(Locale.FRENCH);
    assertThat(request.getStatus()).isEqualTo(AccountRequestStatus.UNCONFIRMED);
  }

  @Test
  void confirmsTheAddressOnlyOnceWithTheSameToken() {
    AccountRequest request = request("pbkdf2");

    request.confirmAddress(NOW.plus(Duration.ofHours(1)));

    assertThat(request.getStatus()).isEqualTo(AccountRequestStatus.CONFIRMED);
    assertThatThrownBy(() -> request.confirmAddress(NOW.plus(Duration.ofHours(2))))
        .isInstanceOfSatisfying(
            AccountRequestRefused.class,
            r -> assertThat(r.reason()).isEqualTo(Reason.TOKEN_INVALID));
  }

  @Test
  void refusesALinkAtTheMomentItExpires() {
    AccountRequest request = request("pbkdf2");

    assertThatThrownBy(() -> request.confirmAddress(NOW.plus(AccountRequest.CONFIRMATION_VALIDITY)))
        .isInstanceOfSatisfying(
            AccountRequestRefused.class,
            r -> assertThat(r.reason()).isEqualTo(Reason.TOKEN_EXPIRED));
    assertThat(request.getStatus()).isEqualTo(AccountRequestStatus.UNCONFIRMED);
  }

  @Test
  void opensAtOnceWhenAPasswordWasChosenElseWaitsForOne() {
    AccountRequest withPassword = request("pbkdf2");
    withPassword.confirmAddress(NOW);
    withPassword.approve("secretariat", NOW);
    assertThat(withPassword.getStatus()).isEqualTo(AccountRequestStatus.APPROVED);

    AccountRequest without = request(null);
    without.confirmAddress(NOW);
    without.approve("secretariat", NOW);
    assertThat(without.getStatus()).isEqualTo(AccountRequestStatus.AWAITING_PASSWORD);
    without.issueToken("second", NOW, AccountRequest.PASSWORD_LINK_VALIDITY);
    without.passwordSet("pbkdf2", NOW.plus(Duration.ofDays(6)));
    assertThat(without.getStatus()).isEqualTo(AccountRequestStatus.APPROVED);
  }

  @Test
  void decidesOnlyConfirmedRequests() {
    AccountRequest unconfirmed = request("pbkdf2");

    assertThatThrownBy(() -> unconfirmed.approve("secretariat", NOW))
        .isInstanceOfSatisfying(
            AccountRequestRefused.class,
            r -> assertThat(r.reason()).isEqualTo(Reason.NOT_AWAITING_DECISION));

    unconfirmed.confirmAddress(NOW);
    unconfirmed.decline("secretariat", " Not a delegate ", NOW);
    assertThat(unconfirmed.getDeclineReason()).isEqualTo("Not a delegate");
    assertThatThrownBy(() -> unconfirmed.approve("secretariat", NOW))
        .isInstanceOf(AccountRequestRefused.class);
  }

  @Test
  void refusesToInviteOrRequestASecretariatAccount() {
    assertThatThrownBy(
            () ->
                AccountRequest.invitation(
                    "Eve", "eve@example.org", Role.SECRETARIAT, Locale.ENGLISH, "secretariat", NOW))
        .isInstanceOfSatisfying(
            AccountRequestRefused.class,
            r -> {
              assertThat(r.reason()).isEqualTo(Reason.ROLE_NOT_ALLOWED);
              assertThat(r.field()).isEqualTo("role");
            });
  }
}
