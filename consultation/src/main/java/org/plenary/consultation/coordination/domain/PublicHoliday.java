package org.plenary.consultation.coordination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A public holiday of one jurisdiction: no working day, whatever the day of the week. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {
  @Id private Long id;

  @Column(name = "jurisdiction", nullable = false)
  private String jurisdiction;

  @Column(name = "holiday", nullable = false)
  private LocalDate date;

  @Column(name = "name", nullable = false)
  private String name;

  protected PublicHoliday() {}

  public String getJurisdiction() {
    return jurisdiction;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getName() {
    return name;
  }
}
