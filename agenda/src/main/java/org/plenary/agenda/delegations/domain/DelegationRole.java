package org.plenary.agenda.delegations.domain;

/** The part a person plays in a delegation. */
public enum DelegationRole {
  HEAD,
  MEMBER,
  ALTERNATE
}
