package org.plenary.web.consultations;

import java.io.Serializable;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.ConsultationStatus;

/** A consultation as the pages show it: title, status, period in its time zone, drafter. */
public class ConsultationRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long id;
  private final long draftId;
  private final int version;
  private final String title;
  private final String status;
  private final String opensAt;
  private final String closesAt;
  private final String timeZone;
  private final String drafter;

  public ConsultationRow(Consultation consultation, ConsultationStatus status) {
    this.id = consultation.getId();
    this.draftId = consultation.getDraftId();
    this.version = consultation.getVersionNumber();
    this.title = consultation.getTitle();
    this.status = status.name();
    this.opensAt = consultation.getLocalOpensAt().toString().replace('T', ' ');
    this.closesAt = consultation.getLocalClosesAt().toString().replace('T', ' ');
    this.timeZone = consultation.getTimeZone();
    this.drafter = consultation.getDrafterName();
  }

  public long getId() {
    return id;
  }

  public long getDraftId() {
    return draftId;
  }

  public int getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public String getStatus() {
    return status;
  }

  public boolean isOpen() {
    return "OPEN".equals(status);
  }

  public String getOpensAt() {
    return opensAt;
  }

  public String getClosesAt() {
    return closesAt;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public String getDrafter() {
    return drafter;
  }
}
