package org.plenary.web.rest.accounts;

import java.time.OffsetDateTime;
import org.plenary.core.accounts.domain.AccountRequest;

/** An account request or invitation as the secretariat sees it; never a token or a password. */
public record AccountRequestJson(
    long id,
    String kind,
    String status,
    String fullName,
    String email,
    String organisation,
    String country,
    String category,
    String role,
    String language,
    OffsetDateTime createdAt,
    OffsetDateTime confirmedAt,
    OffsetDateTime decidedAt,
    String decidedBy,
    String declineReason,
    String username) {

  static AccountRequestJson of(AccountRequest r) {
    return new AccountRequestJson(
        r.getId(),
        r.getKind().name(),
        r.getStatus().name(),
        r.getFullName(),
        r.getEmail(),
        r.getOrganisationName(),
        r.getCountryCode(),
        r.getCategory() == null ? null : r.getCategory().name(),
        r.getRequestedRole().name(),
        r.getLanguage(),
        r.getCreatedAt(),
        r.getConfirmedAt(),
        r.getDecidedAt(),
        r.getDecidedBy(),
        r.getDeclineReason(),
        r.getUsername());
  }
}
