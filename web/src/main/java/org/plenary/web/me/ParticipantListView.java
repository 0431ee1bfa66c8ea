package org.plenary.web.me;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.plenary.agenda.registrations.application.Registrations;
import org.plenary.agenda.registrations.application.Registrations.Participant;
import org.plenary.agenda.registrations.application.Registrations.ParticipantFilter;
import org.plenary.agenda.registrations.application.Registrations.ParticipantSort;
import org.plenary.agenda.registrations.domain.RegistrationRefused;
import org.plenary.core.shared.NotFoundException;
import org.plenary.core.shared.SortColumn;
import org.plenary.web.LazyTables;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A meeting's participant list (/me/participants.xhtml?meeting=…) for the people registered for it:
 * only those who agreed to appear on it, by name or sorted, filtered and paged in the database.
 * Others get 403.
 */
@Named
@ViewScoped
public class ParticipantListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Registrations registrations;
  @Inject FacesContext faces;
  @Inject ExternalContext external;

  private String meetingId;
  private String title;
  private Participants participants;

  /**
   * The list as the table pages through it: the name column's filter looks in names, organisations
   * and country codes; by name when no column is sorted.
   */
  static final class Participants extends LazyDataModel<Participant> {
    private static final long serialVersionUID = 1L;
    private final Registrations registrations;
    private final String meetingId;

    Participants(Registrations registrations, String meetingId) {
      this.registrations = registrations;
      this.meetingId = meetingId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int)
          Math.min(
              Integer.MAX_VALUE,
              registrations
                  .participants(meetingId, filter(filterBy), ParticipantSort.NAME, true, 0, 1)
                  .total());
    }

    @Override
    public List<Participant> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortColumn.Order<ParticipantSort> order =
          LazyTables.order(sortBy, ParticipantSort.class, ParticipantSort.NAME, true);
      return registrations
          .participants(
              meetingId, filter(filterBy), order.column(), order.ascending(), first, pageSize)
          .rows();
    }

    private static ParticipantFilter filter(Map<String, FilterMeta> filterBy) {
      return new ParticipantFilter(LazyTables.filterText(filterBy, "name"));
    }
  }

  public void load() throws IOException {
    if (title != null) {
      return;
    }
    try {
      title = meetingId == null ? null : registrations.participants(meetingId, 0, 1).meetingTitle();
    } catch (NotFoundException unknown) {
      title = null;
    } catch (RegistrationRefused notRegistered) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
      return;
    }
    if (title == null) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
      return;
    }
    participants = new Participants(registrations, meetingId);
  }

  public String getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(String meetingId) {
    this.meetingId = meetingId;
  }

  public String getTitle() {
    return title;
  }

  public Participants getParticipants() {
    return participants;
  }
}
