package org.plenary.web.secretariat.meetings;

import java.io.Serializable;
import org.plenary.agenda.meetings.domain.AgendaRole;
import org.plenary.agenda.meetings.domain.RoleKind;

/**
 * One role of the item being edited: its kind, the name shown, and who in the directory plays it —
 * a person, an organisation (a country's delegation, the OECD Secretariat…), or both.
 */
public class RoleRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private RoleKind kind = RoleKind.SPEAKER;
  private String label;
  private String contribution;
  private Long personId;
  private Long organisationId;

  static RoleRow of(AgendaRole role) {
    RoleRow row = new RoleRow();
    row.kind = role.getKind();
    row.label = role.getLabel();
    row.contribution = role.getContribution();
    row.personId = role.getPersonId();
    row.organisationId = role.getOrganisationId();
    return row;
  }

  AgendaRole toRole() {
    return new AgendaRole(kind, label, contribution, personId, organisationId);
  }

  public RoleKind getKind() {
    return kind;
  }

  public void setKind(RoleKind kind) {
    this.kind = kind;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getContribution() {
    return contribution;
  }

  public void setContribution(String contribution) {
    this.contribution = contribution;
  }

  public Long getPersonId() {
    return personId;
  }

  public void setPersonId(Long personId) {
    this.personId = personId;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }
}
