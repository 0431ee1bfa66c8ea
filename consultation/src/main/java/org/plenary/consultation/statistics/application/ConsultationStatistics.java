package org.plenary.consultation.statistics.application;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A consultation's published comments counted: per day (ISO date in the consultation's own time
 * zone), by respondent category (lower-case code), by country (ISO code, most first), by section
 * (its number, {@code 0} for the whole draft), and by response outcome ({@code UNANSWERED} for
 * those without one); as counted at {@link #getComputedAt()}.
 */
public class ConsultationStatistics implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long total;
  private final List<Tally> perDay;
  private final List<Tally> byCategory;
  private final List<Tally> byCountry;
  private final List<Tally> bySection;
  private final List<Tally> byOutcome;
  private final OffsetDateTime computedAt;

  public ConsultationStatistics(
      long total,
      List<Tally> perDay,
      List<Tally> byCategory,
      List<Tally> byCountry,
      List<Tally> bySection,
      List<Tally> byOutcome,
      OffsetDateTime computedAt) {
    this.total = total;
    this.perDay = List.copyOf(perDay);
    this.byCategory = List.copyOf(byCategory);
    this.byCountry = List.copyOf(byCountry);
    this.bySection = List.copyOf(bySection);
    this.byOutcome = List.copyOf(byOutcome);
    this.computedAt = computedAt;
  }

  public long getTotal() {
    return total;
  }

  public List<Tally> getPerDay() {
    return perDay;
  }

  public List<Tally> getByCategory() {
    return byCategory;
  }

  public List<Tally> getByCountry() {
    return byCountry;
  }

  public List<Tally> getBySection() {
    return bySection;
  }

  public List<Tally> getByOutcome() {
    return byOutcome;
  }

  /** When these counts were made (UTC): they may be up to CommentSummaries.MAX_AGE old. */
  public OffsetDateTime getComputedAt() {
    return computedAt;
  }
}
