package org.plenary.consultation.search.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.plenary.consultation.consultations.domain.ConsultationStatus;
import org.plenary.consultation.consultations.domain.RespondentCategory;

/**
 * What a search looks for: the words, and optional filters. {@code status}, {@code drafter} (part
 * of the drafter's name) and {@code group} (the owning group's slug) narrow the consultations;
 * {@code from}/{@code to} the comments' dates (documents: consultations open in that period);
 * {@code category} and {@code country} narrow comments and leave documents out.
 */
public class SearchFilter implements Serializable {
  private static final long serialVersionUID = 1L;

  private String query;
  private ConsultationStatus status;
  private String drafter;
  private String group;
  private LocalDate from;
  private LocalDate to;
  private RespondentCategory category;
  private String country;

  public SearchFilter() {}

  public SearchFilter(String query) {
    this.query = query;
  }

  /** Only comments: a filter that documents do not have is set. */
  public boolean commentsOnly() {
    return category != null || (country != null && !country.isBlank());
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public ConsultationStatus getStatus() {
    return status;
  }

  public void setStatus(ConsultationStatus status) {
    this.status = status;
  }

  public String getDrafter() {
    return drafter;
  }

  public void setDrafter(String drafter) {
    this.drafter = drafter;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public RespondentCategory getCategory() {
    return category;
  }

  public void setCategory(RespondentCategory category) {
    this.category = category;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }
}
