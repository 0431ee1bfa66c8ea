package org.plenary.web.consultations.manage;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.groups.domain.NotAGroupMember;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.groups.Pages;

/**
 * The drafter puts a draft version into public consultation
 * (/consultations/manage/open.xhtml[?draft=&amp;version=]): the draft chosen among those the caller
 * may consult on, its version, title, opening and closing date-time in a stated time zone. The
 * service decides who may (the secretariat, a ministry, the owning group's coordinator) and refuses
 * a draft whose coordination has an unsettled fundamental objection; each refusal is shown beside
 * its field.
 */
@Named
@ViewScoped
public class ConsultationOpenView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
          .sorted()
          .toList();

  @Inject Consultations consultations;
  @Inject FacesContext faces;

  private Long draft;
  private Integer version;
  private String title;
  private LocalDateTime opensAt;
  private LocalDateTime closesAt;
  private String timeZone = "Europe/Paris";
  private List<DraftChoice> drafts;

  /** A draft the caller may consult on, as the draft select lists it. */
  public record DraftChoice(long id, String label, int latestVersion) implements Serializable {
    public long getId() {
      return id;
    }

    public String getLabel() {
      return label;
    }
  }

  /**
   * Lists the drafts the caller may consult on (a draft named in the URL stays choosable, so that
   * the service gives its reason); proposes the latest version, opening at the next hour and
   * closing four weeks later.
   */
  public void load() {
    if (drafts == null) {
      drafts = new ArrayList<>();
      for (Draft d : consultations.consultableDrafts()) {
        drafts.add(
            new DraftChoice(
                d.getId(),
                d.getTitle() + " (" + d.getGroup().getName() + ")",
                d.getLatestVersion()));
      }
      if (draft != null && chosen().isEmpty()) {
        drafts.add(
            new DraftChoice(
                draft,
                Pages.text(faces, "consultations.open.draftNumber", String.valueOf(draft)),
                version == null ? 1 : version));
      }
      if (draft != null && version == null) {
        version = chosen().map(DraftChoice::latestVersion).orElse(null);
      }
    }
    if (opensAt == null) {
      opensAt = LocalDateTime.now(ZoneId.of(timeZone)).truncatedTo(ChronoUnit.HOURS).plusHours(1);
      closesAt = opensAt.plusWeeks(4);
    }
  }

  public String open() {
    try {
      Consultation opened =
          consultations.open(
              draft, version, title, Consultation.Period.of(opensAt, closesAt, timeZone));
      Pages.message(
          faces,
          null,
          jakarta.faces.application.FacesMessage.SEVERITY_INFO,
          Pages.text(faces, "consultations.open.done"));
      faces.getExternalContext().getFlash().setKeepMessages(true);
      return "/consultations/view.xhtml?faces-redirect=true&id=" + opened.getId();
    } catch (ConsultationRefused refused) {
      Pages.error(faces, clientId(refused.field()), "consultations.error." + refused.code().name());
    } catch (NotFoundException missing) {
      Pages.error(faces, "openForm:version", "consultations.open.noVersion");
    } catch (NotAGroupMember notAMember) {
      Pages.error(faces, null, "consultations.error.NOT_THE_DRAFTER");
    }
    return null;
  }

  private static String clientId(String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "title", "opensAt", "closesAt", "timeZone" -> "openForm:" + field;
      case "draft" -> "openForm:draft";
      default -> null;
    };
  }

  /** A new draft was chosen: its latest version is proposed. */
  public void draftChosen() {
    version = chosen().map(DraftChoice::latestVersion).orElse(null);
  }

  private Optional<DraftChoice> chosen() {
    return drafts.stream().filter(d -> draft != null && d.id() == draft).findFirst();
  }

  public List<DraftChoice> getDrafts() {
    return drafts;
  }

  /** The chosen draft's versions, newest first. */
  public List<Integer> getVersions() {
    int latest = chosen().map(DraftChoice::latestVersion).orElse(0);
    List<Integer> versions = new ArrayList<>();
    for (int v = latest; v >= 1; v--) {
      versions.add(v);
    }
    return versions;
  }

  public List<String> getZones() {
    return ZONES;
  }

  public Long getDraft() {
    return draft;
  }

  public void setDraft(Long draft) {
    this.draft = draft;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDateTime getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(LocalDateTime opensAt) {
    this.opensAt = opensAt;
  }

  public LocalDateTime getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(LocalDateTime closesAt) {
    this.closesAt = closesAt;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
