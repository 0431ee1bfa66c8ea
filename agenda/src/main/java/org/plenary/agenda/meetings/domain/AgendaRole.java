package org.plenary.agenda.meetings.domain;

import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.atMost;
import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.optional;
import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.required;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A part played in a meeting or an item, as the agenda shows it: "Chair", "OECD Secretariat", "Dirk
 * Pilat – Deputy Director, ..." with what they will do, and optionally the person in the directory
 * who plays it.
 */
@Embeddable
public class AgendaRole {
  public static final int MAX_LABEL = 300;
  public static final int MAX_CONTRIBUTION = 2000;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 40)
  private RoleKind kind;

  @Column(name = "label", nullable = false, length = MAX_LABEL)
  private String label;

  /** What they will do, e.g. "will present the main outcomes and deliverables ...". */
  @Column(name = "contribution", length = MAX_CONTRIBUTION)
  private String contribution;

  /** The {@code Person} in the directory, when known; the label is what the agenda shows. */
  @Column(name = "person_id")
  private Long personId;

  /** The {@code Organisation} in the directory that plays the role, such as a host country. */
  @Column(name = "organisation_id")
  private Long organisationId;

  protected AgendaRole() {}

  /**
   * An equal role that is a separate object: an embeddable belongs to one owner, and EclipseLink
   * loses it from the other when two owners share an instance.
   */
  public AgendaRole copy() {
    return new AgendaRole(kind, label, contribution, personId, organisationId);
  }

  public AgendaRole(RoleKind kind, String label, String contribution, Long personId) {
    this(kind, label, contribution, personId, null);
  }

  public AgendaRole(
      RoleKind kind, String label, String contribution, Long personId, Long organisationId) {
    this.kind = required(kind, "role");
    this.label = atMost(required(label, "role label"), MAX_LABEL, "role label");
    this.contribution = atMost(optional(contribution), MAX_CONTRIBUTION, "contribution");
    this.personId = personId;
    this.organisationId = organisationId;
  }

  public static AgendaRole of(RoleKind kind, String label) {
    return new AgendaRole(kind, label, null, null);
  }

  public static AgendaRole of(RoleKind kind, String label, String contribution) {
    return new AgendaRole(kind, label, contribution, null);
  }

  /** The same role, played by the given person of the directory. */
  public AgendaRole playedBy(long personId) {
    return new AgendaRole(kind, label, contribution, personId, organisationId);
  }

  /** The same role, played by the given organisation of the directory. */
  public AgendaRole playedByOrganisation(long organisationId) {
    return new AgendaRole(kind, label, contribution, personId, organisationId);
  }

  public RoleKind getKind() {
    return kind;
  }

  public String getLabel() {
    return label;
  }

  public String getContribution() {
    return contribution;
  }

  public Long getPersonId() {
    return personId;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgendaRole other
        && kind == other.kind
        && label.equals(other.label)
        && Objects.equals(contribution, other.contribution)
        && Objects.equals(personId, other.personId)
        && Objects.equals(organisationId, other.organisationId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, label, contribution, personId, organisationId);
  }

  @Override
  public String toString() {
    return kind + " " + label;
  }
}
