package org.plenary.core.people.domain;

/** What kind of body an organisation is; decides which meeting days its people may attend. */
public enum OrganisationCategory {
  OECD_MEMBER_DELEGATION,
  NON_MEMBER_DELEGATION,
  INTERNATIONAL_ORGANISATION,
  PRIVATE_SECTOR,
  ACADEMIA,
  CIVIL_SOCIETY,
  MINISTRY,
  SECRETARIAT
}
