package org.plenary.agenda.registrations.domain;

/** Where a registration stands for the social event. */
public enum SocialEventPlace {
  NOT_REQUESTED,
  CONFIRMED,
  WAITING
}
