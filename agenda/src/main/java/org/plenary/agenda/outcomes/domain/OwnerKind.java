package org.plenary.agenda.outcomes.domain;

/**
 * Who answers for a decision or action: a person, an organisation (delegation, ministry), a group.
 */
public enum OwnerKind {
  PERSON,
  ORGANISATION,
  GROUP
}
