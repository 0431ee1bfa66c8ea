package org.plenary.web.consultations.statistics;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.statistics.application.ConsultationStatistics;
import org.plenary.consultation.statistics.application.Statistics;
import org.plenary.consultation.statistics.application.Tally;
import org.plenary.web.consultations.ConsultationRow;
import org.plenary.web.consultations.ConsultedText;
import org.plenary.web.groups.Pages;
import org.plenary.web.secretariat.feedback.Charts;

/**
 * A consultation's statistics (/consultations/statistics.xhtml?id=...): comments per day, by
 * respondent category, country and section, and responses by outcome; each chart with a data table
 * beside it as its text alternative.
 */
@Named
@ViewScoped
public class ConsultationStatisticsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Consultations consultations;
  @Inject Statistics statistics;
  @Inject FacesContext faces;

  private Long id;
  private ConsultationRow consultation;
  private ConsultationStatistics counted;
  private List<String> headings;

  public void load() {
    Pages.loadOrRefuse(
        faces,
        () -> {
          if (id == null) {
            throw new IllegalArgumentException("no consultation");
          }
          Consultation found = consultations.get(id);
          consultation = new ConsultationRow(found, consultations.status(found));
          headings = ConsultedText.headings(consultations.consultedVersion(found));
          counted = statistics.of(id);
        });
  }

  /** A tally's label as people read it. */
  public String label(String chart, String key) {
    return switch (chart) {
      case "category" -> Pages.text(faces, "consultations.category." + key.toUpperCase());
      case "outcome" ->
          "UNANSWERED".equals(key)
              ? Pages.text(faces, "statistics.unanswered")
              : Pages.text(faces, "consultations.outcome." + key);
      case "section" -> {
        int number = Integer.parseInt(key);
        yield number >= 1 && number <= headings.size()
            ? headings.get(number - 1)
            : Pages.text(faces, "consultations.wholeDraft");
      }
      default -> key;
    };
  }

  public String chart(String chart, List<Tally> tallies) {
    return Charts.bars(
        tallies.stream().map(t -> label(chart, t.getKey())).toList(),
        tallies.stream().map(Tally::getCount).toList(),
        Pages.text(faces, "statistics.comments"));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ConsultationRow getConsultation() {
    return consultation;
  }

  public ConsultationStatistics getStatistics() {
    return counted;
  }

  /** When the counts were made, in the consultation's time zone (they are kept up to a minute). */
  public String getCountedAt() {
    return counted
        .getComputedAt()
        .atZoneSameInstant(java.time.ZoneId.of(consultation.getTimeZone()))
        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
  }
}
