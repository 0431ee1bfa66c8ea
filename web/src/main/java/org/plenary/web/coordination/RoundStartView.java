package org.plenary.web.coordination;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.plenary.consultation.coordination.application.Coordination;
import org.plenary.consultation.coordination.application.RoundForm;
import org.plenary.consultation.coordination.domain.CoordinationRefused;
import org.plenary.consultation.coordination.domain.CoordinationRound;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.Messages;

/**
 * Starts a coordination round on a draft version (/coordination/start.xhtml?draft=&version=): the
 * bodies to consult from the organisation directory, opening, time zone, jurisdiction and working
 * days, with the deadline they give shown before starting.
 */
@Named
@ViewScoped
public class RoundStartView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int DIRECTORY_SIZE = 200;

  @Inject Coordination coordination;
  @Inject Messages messages;

  private final RoundForm form = new RoundForm();
  private List<Organisation> organisations;
  private List<String> jurisdictions;

  private Long draft;
  private Integer version;

  /** Fills in the draft version named in the address (the form keeps it on postbacks). */
  public void load() {
    if (form.getDraftId() == null) {
      form.setDraftId(draft);
    }
    if (form.getDraftVersion() == null) {
      form.setDraftVersion(version);
    }
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

  public RoundForm getForm() {
    if (form.getOpensAt() == null) {
      form.setOpensAt(LocalDateTime.now().truncatedTo(ChronoUnit.HOURS).plusHours(1));
    }
    return form;
  }

  /** The directory's ministries but the caller's own, by name. */
  public List<Organisation> getOrganisations() {
    if (organisations == null) {
      Optional<Organisation> own = coordination.callerOrganisation();
      organisations =
          coordination.ministries(DIRECTORY_SIZE).stream()
              .filter(o -> own.map(mine -> !mine.equals(o)).orElse(true))
              .toList();
    }
    return organisations;
  }

  public List<String> getJurisdictions() {
    if (jurisdictions == null) {
      jurisdictions = coordination.jurisdictions();
    }
    return jurisdictions;
  }

  /**
   * The deadline the working days give (or the date set), for the form to show; null if unknown.
   */
  public LocalDate getDeadline() {
    if (form.getDeadline() != null) {
      return form.getDeadline();
    }
    if (form.getOpensAt() == null || form.getWorkingDays() == null || form.getWorkingDays() < 1) {
      return null;
    }
    try {
      return coordination
          .calendar(form.getJurisdiction())
          .addWorkingDays(form.getOpensAt().toLocalDate(), form.getWorkingDays());
    } catch (CoordinationRefused unknownJurisdiction) {
      return null;
    }
  }

  public String start() {
    if (form.getBodies().isEmpty()) {
      messages.error("startForm:bodies", "coordination.rule.NO_BODIES");
      return null;
    }
    try {
      CoordinationRound round = coordination.start(form);
      messages.info("coordination.start.done");
      return "/coordination/round.xhtml?faces-redirect=true&round=" + round.getId();
    } catch (CoordinationRefused refused) {
      messages.error(clientId(refused.field()), "coordination.rule." + refused.rule().name());
    } catch (NotFoundException missing) {
      messages.error("startForm:draftVersion", "coordination.start.noVersion");
    }
    return null;
  }

  private static String clientId(String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "deadline" -> "startForm:deadlineOverride";
      case "bodies", "timeZone", "jurisdiction", "workingDays" -> "startForm:" + field;
      default -> null;
    };
  }
}
