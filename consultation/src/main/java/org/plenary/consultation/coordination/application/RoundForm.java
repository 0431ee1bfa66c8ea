package org.plenary.consultation.coordination.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.plenary.consultation.coordination.domain.CoordinationRound;
import org.plenary.consultation.coordination.domain.WorkingDayCalendar;

/** What the drafter fills in to start a round. */
public class RoundForm implements Serializable {
  @NotNull private Long draftId;

  @NotNull
  @Min(1)
  private Integer draftVersion;

  /** Only the secretariat names another drafter; others draft for their own organisation. */
  private Long drafterId;

  @NotEmpty
  @Size(max = 100)
  private List<Long> bodies = new ArrayList<>();

  @NotNull private LocalDateTime opensAt;

  @NotBlank private String timeZone = "Europe/Tallinn";

  @NotBlank private String jurisdiction = "EE";

  @NotNull
  @Min(1)
  @Max(CoordinationRound.MAX_WORKING_DAYS)
  private Integer workingDays = WorkingDayCalendar.DEFAULT_WORKING_DAYS;

  private LocalDate deadline;

  public Long getDraftId() {
    return draftId;
  }

  public void setDraftId(Long draftId) {
    this.draftId = draftId;
  }

  public Integer getDraftVersion() {
    return draftVersion;
  }

  public void setDraftVersion(Integer draftVersion) {
    this.draftVersion = draftVersion;
  }

  public Long getDrafterId() {
    return drafterId;
  }

  public void setDrafterId(Long drafterId) {
    this.drafterId = drafterId;
  }

  public List<Long> getBodies() {
    return bodies;
  }

  public void setBodies(List<Long> bodies) {
    this.bodies = bodies == null ? new ArrayList<>() : new ArrayList<>(bodies);
  }

  public LocalDateTime getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(LocalDateTime opensAt) {
    this.opensAt = opensAt;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getJurisdiction() {
    return jurisdiction;
  }

  public void setJurisdiction(String jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  public Integer getWorkingDays() {
    return workingDays;
  }

  public void setWorkingDays(Integer workingDays) {
    this.workingDays = workingDays;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }
}
