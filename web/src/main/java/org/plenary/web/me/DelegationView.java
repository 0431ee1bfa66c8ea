package org.plenary.web.me;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenary.agenda.delegations.application.DelegationDetails;
import org.plenary.agenda.delegations.application.DelegationDetails.Delegate;
import org.plenary.agenda.delegations.application.Delegations;
import org.plenary.agenda.delegations.domain.DelegationRefused;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.Messages;

/**
 * A delegation to a meeting (/me/delegation.xhtml?meeting=…[&amp;organisation=…]): the caller's
 * own, or for the secretariat any organisation's. Its head and the secretariat change who is a
 * member or an alternate and substitute an alternate for a member (the member's seat moves to the
 * alternate).
 */
@Named
@ViewScoped
public class DelegationView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Delegations delegations;
  @Inject Messages messages;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private String meetingId;
  private String organisation;
  private DelegationDetails delegation;
  private boolean manager;
  private List<Candidate> candidates = List.of();
  private Long leaving;
  private Long coming;

  /** A person of the organisation and the part chosen for them: "", MEMBER or ALTERNATE. */
  public static final class Candidate implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long personId;
    private final String name;
    private String role;

    Candidate(long personId, String name, String role) {
      this.personId = personId;
      this.name = name;
      this.role = role;
    }

    public long getPersonId() {
      return personId;
    }

    public String getName() {
      return name;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public boolean isHead() {
      return "HEAD".equals(role);
    }
  }

  /** Reads the delegation; a meeting without one for the caller shows a notice. */
  public void load() throws IOException {
    if (delegation != null) {
      return;
    }
    if (meetingId == null || meetingId.isBlank()) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
      return;
    }
    try {
      Optional<DelegationDetails> found =
          organisation == null || organisation.isBlank()
              ? delegations.mine(meetingId)
              : Optional.of(delegations.delegation(meetingId, organisation));
      found.ifPresent(this::show);
    } catch (NotFoundException unknown) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    } catch (DelegationRefused notYours) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    }
  }

  private void show(DelegationDetails details) {
    delegation = details;
    organisation = details.organisation();
    manager = details.manageable();
    if (manager) {
      List<Candidate> all = new ArrayList<>();
      delegations
          .peopleOf(organisation)
          .forEach(
              p ->
                  all.add(
                      new Candidate(
                          p.getId(),
                          p.getFullName(),
                          details.people().stream()
                              .filter(d -> d.personId() == p.getId())
                              .map(Delegate::role)
                              .findFirst()
                              .orElse(""))));
      candidates = all;
    }
    leaving = null;
    coming = null;
  }

  /** Saves who is a member and who an alternate; the head stays. */
  public void save() {
    Long head =
        candidates.stream()
            .filter(Candidate::isHead)
            .map(Candidate::getPersonId)
            .findFirst()
            .orElse(null);
    List<Long> members =
        candidates.stream()
            .filter(c -> "MEMBER".equals(c.role))
            .map(Candidate::getPersonId)
            .toList();
    List<Long> alternates =
        candidates.stream()
            .filter(c -> "ALTERNATE".equals(c.role))
            .map(Candidate::getPersonId)
            .toList();
    try {
      show(
          delegations.compose(
              meetingId, organisation, new Delegations.PeopleIds(head, members, alternates)));
      messages.info("me.delegation.saved");
    } catch (DelegationRefused refused) {
      messages.error(null, "me.delegation.rule." + refused.rule().name());
    }
  }

  /** The chosen alternate takes the chosen member's place and registration. */
  public void substitute() {
    if (leaving == null) {
      messages.error("delegationForm:leaving", "me.delegation.chooseMember");
      return;
    }
    if (coming == null) {
      messages.error("delegationForm:coming", "me.delegation.chooseAlternate");
      return;
    }
    String member = name(leaving);
    String alternate = name(coming);
    try {
      show(delegations.substitute(meetingId, organisation, leaving, coming));
      messages.info("me.delegation.substituted", alternate, member);
    } catch (DelegationRefused refused) {
      messages.error(null, "me.delegation.rule." + refused.rule().name());
    }
  }

  private String name(long personId) {
    return delegation.people().stream()
        .filter(p -> p.personId() == personId)
        .map(Delegate::name)
        .findFirst()
        .orElse("");
  }

  public List<SelectItem> getMembers() {
    return choices("MEMBER");
  }

  public List<SelectItem> getAlternates() {
    return choices("ALTERNATE");
  }

  private List<SelectItem> choices(String role) {
    return delegation == null
        ? List.of()
        : delegation.playing(role).stream()
            .map(p -> new SelectItem(p.personId(), p.name()))
            .toList();
  }

  public String getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(String meetingId) {
    this.meetingId = meetingId;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public DelegationDetails getDelegation() {
    return delegation;
  }

  public boolean isManager() {
    return manager;
  }

  public List<Candidate> getCandidates() {
    return candidates;
  }

  public Long getLeaving() {
    return leaving;
  }

  public void setLeaving(Long leaving) {
    this.leaving = leaving;
  }

  public Long getComing() {
    return coming;
  }

  public void setComing(Long coming) {
    this.coming = coming;
  }
}
