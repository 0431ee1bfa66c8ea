package org.plenary.consultation.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.plenary.consultation.consultations.domain.ConsultationRefused.Code;

/**
 * A public consultation on one version of a draft ({@code draftId} and {@code versionNumber}: the
 * text never changes, and comments keep the key of their section across later versions). It is open
 * from {@code opensAt} (included) to {@code closesAt} (excluded), times the drafter stated in a
 * time zone and that are kept in UTC.
 */
@Entity
@Table(name = "consultation")
public class Consultation {
  public static final int MAX_TITLE = 300;

  @Id
  @SequenceGenerator(
      name = "consultation_seq",
      sequenceName = "consultation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_seq")
  private Long id;

  @Column(name = "draft_id", nullable = false, updatable = false)
  private long draftId;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "opens_at", nullable = false)
  private OffsetDateTime opensAt;

  @Column(name = "closes_at", nullable = false)
  private OffsetDateTime closesAt;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Enumerated(EnumType.STRING)
  @Column(name = "drafter_kind", nullable = false, updatable = false)
  private DrafterKind drafterKind;

  @Column(name = "drafter_name", nullable = false, updatable = false)
  private String drafterName;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "report_published_at")
  private OffsetDateTime reportPublishedAt;

  @Version private long version;

  protected Consultation() {}

  private Consultation(
      long draftId,
      int versionNumber,
      String title,
      Period period,
      DrafterKind drafterKind,
      String drafterName,
      String createdBy,
      Instant now) {
    this.draftId = draftId;
    this.versionNumber = versionNumber;
    this.title = title(title);
    this.opensAt = period.opensAt();
    this.closesAt = period.closesAt();
    this.timeZone = period.zone().getId();
    this.drafterKind = Objects.requireNonNull(drafterKind, "drafterKind");
    this.drafterName = Objects.requireNonNull(drafterName, "drafterName");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /** A consultation on version {@code versionNumber} of the draft, open during the period. */
  public static Consultation open(
      long draftId,
      int versionNumber,
      String title,
      Period period,
      DrafterKind drafterKind,
      String drafterName,
      String createdBy,
      Instant now) {
    return new Consultation(
        draftId, versionNumber, title, period, drafterKind, drafterName, createdBy, now);
  }

  /**
   * The opening and closing date-time as the drafter states them, local to a time zone (an IANA id
   * such as {@code Europe/Tallinn}); kept in UTC.
   */
  public record Period(OffsetDateTime opensAt, OffsetDateTime closesAt, ZoneId zone) {
    /**
     * @throws ConsultationRefused TIME_ZONE_UNKNOWN or PERIOD_INVALID (closing not after opening)
     */
    public static Period of(LocalDateTime opens, LocalDateTime closes, String zoneId) {
      ZoneId zone;
      try {
        zone = ZoneId.of(Objects.requireNonNullElse(zoneId, "").strip());
      } catch (DateTimeException e) {
        throw new ConsultationRefused(Code.TIME_ZONE_UNKNOWN, "timeZone", "unknown time zone");
      }
      if (opens == null || closes == null) {
        throw new ConsultationRefused(
            Code.PERIOD_INVALID,
            opens == null ? "opensAt" : "closesAt",
            "a consultation needs an opening and a closing time");
      }
      OffsetDateTime from =
          opens.atZone(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
      OffsetDateTime to =
          closes.atZone(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
      if (!to.isAfter(from)) {
        throw new ConsultationRefused(
            Code.PERIOD_INVALID, "closesAt", "a consultation closes after it opens");
      }
      return new Period(from, to, zone);
    }
  }

  /** Planned before it opens, open until it closes, then closed (or its report published). */
  public ConsultationStatus status(Instant now) {
    if (reportPublishedAt != null) {
      return ConsultationStatus.REPORT_PUBLISHED;
    }
    if (now.isBefore(opensAt.toInstant())) {
      return ConsultationStatus.PLANNED;
    }
    return now.isBefore(closesAt.toInstant()) ? ConsultationStatus.OPEN : ConsultationStatus.CLOSED;
  }

  /**
   * @throws ConsultationRefused CONSULTATION_CLOSED unless the consultation is open at {@code now}
   */
  public void requireOpen(Instant now) {
    if (status(now) != ConsultationStatus.OPEN) {
      throw new ConsultationRefused(
          Code.CONSULTATION_CLOSED,
          null,
          "this consultation takes comments from "
              + local(opensAt)
              + " to "
              + local(closesAt)
              + " ("
              + timeZone
              + ") only");
    }
  }

  /** Moves the period, e.g. to close early or extend. */
  public void reschedule(Period period) {
    this.opensAt = period.opensAt();
    this.closesAt = period.closesAt();
    this.timeZone = period.zone().getId();
  }

  /** The report (every comment with its response) is published; comments are closed. */
  public void publishReport(Instant now) {
    this.reportPublishedAt = now.atOffset(ZoneOffset.UTC);
  }

  private String local(OffsetDateTime time) {
    return time.atZoneSameInstant(ZoneId.of(timeZone)).toLocalDateTime().toString();
  }

  private static String title(String title) {
    String stripped = title == null ? "" : title.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_TITLE) {
      throw new ConsultationRefused(
          Code.TITLE_INVALID, "title", "a title has 1 to " + MAX_TITLE + " characters");
    }
    return stripped;
  }

  public Long getId() {
    return id;
  }

  public long getDraftId() {
    return draftId;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public String getTitle() {
    return title;
  }

  public OffsetDateTime getOpensAt() {
    return opensAt;
  }

  public OffsetDateTime getClosesAt() {
    return closesAt;
  }

  /** The opening time local to the stated time zone. */
  public LocalDateTime getLocalOpensAt() {
    return opensAt.atZoneSameInstant(ZoneId.of(timeZone)).toLocalDateTime();
  }

  public LocalDateTime getLocalClosesAt() {
    return closesAt.atZoneSameInstant(ZoneId.of(timeZone)).toLocalDateTime();
  }

  public String getTimeZone() {
    return timeZone;
  }

  public DrafterKind getDrafterKind() {
    return drafterKind;
  }

  public String getDrafterName() {
    return drafterName;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getReportPublishedAt() {
    return reportPublishedAt;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Consultation other && id != null && id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return Consultation.class.hashCode();
  }
}
