package org.plenary.web.secretariat.meetings;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.plenary.agenda.meetings.application.AgendaEditing;
import org.plenary.agenda.meetings.application.Edit;
import org.plenary.agenda.meetings.application.MeetingChangedMeanwhile;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;
import org.plenary.agenda.meetings.domain.ItemKind;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.MeetingDay;
import org.plenary.agenda.meetings.domain.RoleKind;
import org.plenary.agenda.meetings.domain.SessionFormat;
import org.plenary.agenda.outcomes.application.ActionFollowUp;
import org.plenary.core.people.application.People;
import org.plenary.core.people.domain.OrganisationCategory;
import org.plenary.core.shared.NotFoundException;
import org.plenary.web.i18n.Language;
import org.plenary.web.i18n.Texts;
import org.primefaces.PrimeFaces;
import org.primefaces.event.timeline.TimelineModificationEvent;
import org.primefaces.event.timeline.TimelineSelectEvent;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;

/**
 * A meeting's editor (/secretariat/meetings/edit.xhtml?slug=...): its details, its days, and the
 * items of the day shown, on a timeline (drag to move or resize, drag to another room, click to
 * edit) and in a list with keyboard controls. Every change carries the version of the meeting this
 * page last read; when someone else changed the meeting meanwhile the change is refused with a
 * message, and everything typed stays in the forms until the user reloads and saves again.
 */
@Named
@ViewScoped
public class MeetingEditView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How far the keyboard controls move or stretch an item. */
  static final int STEP_MINUTES = 5;

  static final String PAGE_MESSAGES = "pageForm:pageMessages";
  static final String WHOLE_VENUE = "whole-venue";
  private static final int DIRECTORY_SIZE = 500;
  private static final String DETAILS = "meetingForm:";
  private static final String DAY = "dayForm:";
  private static final String ITEM = "itemForm:";
  private static final String SPLIT = "splitForm:";
  private static final String ITEMS_MESSAGES = "itemsForm:itemsMessages";
  private static final String SAVED = "saved";

  @Inject AgendaEditing editing;
  @Inject ActionFollowUp followUp;
  @Inject People people;
  @Inject Language language;

  private String slug;
  private long version;
  private transient Meeting meeting;
  private MeetingForm details;
  private DayForm dayForm = new DayForm();
  private ItemForm itemForm = new ItemForm();
  private LocalDate shownDate;
  private List<DirectoryChoice> directory;
  private List<DirectoryChoice> organisations;
  private final Map<String, String> targetRooms = new HashMap<>();
  private String splitKey;
  private LocalTime splitAt;
  private LocalDate resumeDate;
  private LocalTime resumeStart;
  private LocalTime resumeEnd;
  private String renameFrom;
  private String renameTo;
  private TimelineModel<String, String> timeline;

  @NotBlank
  @Size(max = 80)
  private String followUpFrom;

  @NotNull private LocalTime followUpStart;
  @NotNull private LocalTime followUpEnd;

  /** Loads the draft on the first visit; an unknown meeting is "not found". */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()) {
      return;
    }
    try {
      read();
    } catch (NotFoundException | ConstraintViolationException e) {
      ExternalContext external = faces.getExternalContext();
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
      return;
    }
    details = MeetingForm.of(meeting);
  }

  /**
   * Reads the meeting as it is now, with its version, keeping whatever the forms hold so that a
   * change refused because of someone else's can be saved again.
   */
  public void reload() {
    read();
    complaints().info(PAGE_MESSAGES, Texts.text("planning.reloaded", language.getLocale()));
  }

  private void read() {
    meeting = editing.draft(slug);
    version = meeting.getVersion();
    if (shownDate == null || meeting.findDay(shownDate).isEmpty()) {
      shownDate = meeting.getDays().isEmpty() ? null : meeting.getDays().get(0).getDate();
    }
    timeline = null;
    targetRooms.clear();
  }

  public Meeting getMeeting() {
    if (meeting == null && slug != null) {
      meeting = editing.draft(slug);
    }
    return meeting;
  }

  // --- the meeting's details

  public void saveDetails() {
    edit(
        () -> editing.reviseMeeting(slug, version, details.toDetails()),
        Map.of(
            "startDate", DETAILS + "startDate",
            "endDate", DETAILS + "endDate",
            "timeZone", DETAILS + "timeZone",
            "group", DETAILS + "group",
            "date", DETAILS + "startDate"),
        DETAILS + "detailsMessages",
        "planning.details.saved");
  }

  // --- days

  public void newDay() {
    LocalDate next =
        meeting.getDays().isEmpty()
            ? meeting.getStartDate()
            : meeting.getDays().get(meeting.getDays().size() - 1).getDate().plusDays(1);
    dayForm = DayForm.newOn(next);
  }

  public void editDay(MeetingDay day) {
    dayForm = DayForm.of(day);
  }

  public void saveDay() {
    Map<String, String> fields =
        Map.of(
            "date", DAY + "dayDate",
            "opensAt", DAY + "opensAt",
            "closesAt", DAY + "closesAt",
            "start", DAY + "opensAt",
            "end", DAY + "closesAt");
    DayForm form = dayForm;
    boolean saved =
        edit(
            () -> {
              if (form.isExisting()) {
                return reviseDay(form);
              }
              Edit added = editing.addDay(slug, version, form.toPlan());
              version = added.version();
              return form.hasHours() ? reviseDay(form) : added;
            },
            fields,
            DAY + "dayMessages",
            "planning.day.saved");
    if (saved) {
      if (shownDate == null || !form.isExisting()) {
        shownDate = form.getDate();
        timeline = null;
      }
      PrimeFaces.current().ajax().addCallbackParam(SAVED, true);
    }
  }

  private Edit reviseDay(DayForm form) {
    return editing.reviseDay(
        slug,
        version,
        form.getDate(),
        form.getLabel(),
        form.audience(),
        form.getNote(),
        form.getOpensAt(),
        form.getClosesAt());
  }

  public void removeDay(MeetingDay day) {
    edit(
        () -> editing.removeDay(slug, version, day.getDate()),
        Map.of(),
        "daysForm:daysMessages",
        "planning.day.removed");
  }

  // --- items

  public void newItem() {
    itemForm = ItemForm.newOn(shownDate);
  }

  public void editItem(AgendaItem item) {
    itemForm = ItemForm.of(item);
  }

  public void addRole() {
    itemForm.addRole();
  }

  public void removeRole(RoleRow row) {
    itemForm.removeRole(row);
  }

  public void saveItem() {
    ItemForm form = itemForm;
    Map<String, String> fields = new HashMap<>();
    for (String field :
        List.of("start", "end", "room", "roles", "steps", "documents", "sessionNumber", "title")) {
      fields.put(
          field, ITEM + "item" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
    }
    fields.put("date", ITEM + "itemDate");
    boolean saved =
        edit(
            () ->
                form.isNew()
                    ? editing.addItem(slug, version, form.getDate(), form.toPlan())
                    : editing.reviseItem(
                        slug, version, form.getKey(), form.getDate(), form.toPlan()),
            fields,
            ITEM + "itemMessages",
            "planning.item.saved");
    if (saved) {
      shownDate = form.getDate();
      timeline = null;
      PrimeFaces.current().ajax().addCallbackParam(SAVED, true);
    }
  }

  public void removeItem(AgendaItem item) {
    edit(
        () -> editing.removeItem(slug, version, item.getKey()),
        Map.of(),
        ITEMS_MESSAGES,
        "planning.item.removed");
  }

  public void startSplit(AgendaItem item) {
    splitKey = item.getKey();
    splitAt = midpoint(item.getStart(), item.getEnd());
    resumeDate = item.getDay().getDate();
    resumeStart = null;
    resumeEnd = null;
  }

  public void split() {
    boolean saved =
        edit(
            () ->
                editing.splitSession(
                    slug, version, splitKey, splitAt, resumeDate, resumeStart, resumeEnd),
            Map.of(
                "at", SPLIT + "splitAt",
                "date", SPLIT + "resumeDate",
                "start", SPLIT + "resumeStart",
                "end", SPLIT + "resumeEnd"),
            SPLIT + "splitMessages",
            "planning.item.split.done");
    if (saved) {
      PrimeFaces.current().ajax().addCallbackParam(SAVED, true);
    }
  }

  /** The keyboard's "earlier", "later", "longer", "shorter": minutes added to start and end. */
  public void nudge(AgendaItem item, int startMinutes, int endMinutes) {
    LocalDate date = item.getDay().getDate();
    LocalDateTime start = date.atTime(item.getStart()).plusMinutes(startMinutes);
    LocalDateTime end = date.atTime(item.getEnd()).plusMinutes(endMinutes);
    edit(
        () -> editing.moveItem(slug, version, item.getKey(), start, end),
        Map.of(),
        ITEMS_MESSAGES,
        "planning.item.moved");
  }

  public void moveToRoom(AgendaItem item) {
    String room = targetRooms.get(item.getKey());
    edit(
        () -> editing.moveItemToRoom(slug, version, item.getKey(), blankToNull(room)),
        Map.of(),
        ITEMS_MESSAGES,
        "planning.item.moved");
  }

  public void renameRoom() {
    edit(
        () -> editing.renameRoom(slug, version, renameFrom, renameTo),
        Map.of(),
        "roomsForm:roomsMessages",
        "planning.room.renamed");
  }

  // --- the timeline

  /** An item dragged or stretched on the timeline, maybe into another room's row. */
  public void onTimelineChange(TimelineModificationEvent<String> change) {
    TimelineEvent<String> event = change.getTimelineEvent();
    AgendaItem item = getMeeting().item(event.getData());
    String room = WHOLE_VENUE.equals(event.getGroup()) ? null : event.getGroup();
    boolean retimed =
        !event.getStartDate().equals(item.getDay().getDate().atTime(item.getStart()))
            || !event.getEndDate().equals(item.getDay().getDate().atTime(item.getEnd()));
    boolean moved = !Objects.equals(room, item.getRoom());
    boolean ok = true;
    if (moved) {
      ok =
          edit(
              () -> editing.moveItemToRoom(slug, version, item.getKey(), room),
              Map.of(),
              ITEMS_MESSAGES,
              null);
    }
    if (ok && retimed) {
      edit(
          () ->
              editing.moveItem(
                  slug, version, item.getKey(), event.getStartDate(), event.getEndDate()),
          Map.of(),
          ITEMS_MESSAGES,
          null);
    }
    if (ok && (moved || retimed)) {
      complaints().info(ITEMS_MESSAGES, Texts.text("planning.item.moved", language.getLocale()));
    }
    timeline = null;
  }

  /** An item clicked on the timeline opens in the dialog. */
  public void onTimelineSelect(TimelineSelectEvent<String> selected) {
    editItem(getMeeting().item(selected.getTimelineEvent().getData()));
  }

  public TimelineModel<String, String> getTimeline() {
    if (timeline == null) {
      timeline = new TimelineModel<>();
      timeline.addGroup(
          new TimelineGroup<>(
              WHOLE_VENUE, Texts.text("planning.timeline.wholeVenue", language.getLocale()), 0));
      List<String> rooms = getMeeting().getRooms();
      for (int i = 0; i < rooms.size(); i++) {
        timeline.addGroup(new TimelineGroup<>(rooms.get(i), rooms.get(i), i + 1));
      }
      for (AgendaItem item : getShownItems()) {
        LocalDate date = item.getDay().getDate();
        timeline.add(
            TimelineEvent.<String>builder()
                .id(item.getKey())
                .data(item.getKey())
                .title(item.getTitle())
                .startDate(date.atTime(item.getStart()))
                .endDate(date.atTime(item.getEnd()))
                .group(item.getRoom() == null ? WHOLE_VENUE : item.getRoom())
                .build());
      }
    }
    return timeline;
  }

  /** Where the timeline starts: the day's opening, or early morning. */
  public LocalDateTime getTimelineStart() {
    MeetingDay day = getShownDay();
    LocalTime opens =
        day == null || day.getOpensAt() == null ? LocalTime.of(7, 0) : day.getOpensAt();
    return shownDate == null ? null : shownDate.atTime(opens);
  }

  public LocalDateTime getTimelineEnd() {
    MeetingDay day = getShownDay();
    LocalTime closes =
        day == null || day.getClosesAt() == null ? LocalTime.of(22, 0) : day.getClosesAt();
    return shownDate == null ? null : shownDate.atTime(closes);
  }

  /** The title of the item with this key, for the timeline's boxes. */
  public String titleOf(String key) {
    return getMeeting().findItem(key).map(AgendaItem::getTitle).orElse(key);
  }

  // --- what the page shows

  public MeetingDay getShownDay() {
    return shownDate == null ? null : getMeeting().findDay(shownDate).orElse(null);
  }

  public List<AgendaItem> getShownItems() {
    MeetingDay day = getShownDay();
    return day == null ? List.of() : day.getItems();
  }

  public List<DirectoryChoice> getDirectory() {
    if (directory == null) {
      directory =
          new ArrayList<>(
              people.directory(DIRECTORY_SIZE).stream().map(DirectoryChoice::of).toList());
    }
    return directory;
  }

  public List<DirectoryChoice> getOrganisations() {
    if (organisations == null) {
      organisations =
          new ArrayList<>(
              people.organisations(DIRECTORY_SIZE).stream().map(DirectoryChoice::of).toList());
    }
    return organisations;
  }

  public ItemKind[] getKinds() {
    return ItemKind.values();
  }

  public RoleKind[] getRoleKinds() {
    return RoleKind.values();
  }

  public SessionFormat[] getFormats() {
    return SessionFormat.values();
  }

  public OrganisationCategory[] getCategories() {
    return OrganisationCategory.values();
  }

  public int getStepMinutes() {
    return STEP_MINUTES;
  }

  /**
   * Runs an edit with the version this page read; on success takes the new version, reads the
   * meeting again and says so; on refusal shows why where the user looks.
   *
   * @return whether the edit was made
   */
  private boolean edit(
      Supplier<Edit> change, Map<String, String> fields, String formMessages, String doneKey) {
    try {
      Edit done = change.get();
      version = done.version();
      read();
      if (doneKey != null) {
        complaints().info(PAGE_MESSAGES, Texts.text(doneKey, language.getLocale()));
      }
      return true;
    } catch (AgendaRuleViolation e) {
      complaints().ruleBroken(e, fields, formMessages);
    } catch (MeetingChangedMeanwhile e) {
      complaints().changedMeanwhile(PAGE_MESSAGES);
      if (!PAGE_MESSAGES.equals(formMessages)) {
        complaints().changedMeanwhile(formMessages);
      }
    } catch (ConstraintViolationException e) {
      complaints().invalid(e, formMessages);
    }
    timeline = null;
    return false;
  }

  private Complaints complaints() {
    return new Complaints(FacesContext.getCurrentInstance(), language.getLocale());
  }

  private static LocalTime midpoint(LocalTime start, LocalTime end) {
    long minutes = java.time.Duration.between(start, end).toMinutes() / 2;
    return start.plusMinutes(minutes - minutes % STEP_MINUTES);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  // --- follow-up on the actions of an earlier meeting

  /** Adds to the day shown an item listing the open actions of the earlier meeting named. */
  public void pullFollowUp() {
    String form = "followUpForm:";
    try {
      boolean added =
          edit(
              () ->
                  followUp.pull(slug, version, followUpFrom, shownDate, followUpStart, followUpEnd),
              Map.of("start", form + "followUpStart", "end", form + "followUpEnd"),
              null,
              "actions.followUp.added");
      if (added) {
        followUpFrom = null;
      }
    } catch (NotFoundException unknown) {
      complaints()
          .error(
              form + "followUpFrom", Texts.text("actions.followUp.unknown", language.getLocale()));
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public String getFollowUpFrom() {
    return followUpFrom;
  }

  public void setFollowUpFrom(String followUpFrom) {
    this.followUpFrom = followUpFrom;
  }

  public LocalTime getFollowUpStart() {
    return followUpStart;
  }

  public void setFollowUpStart(LocalTime followUpStart) {
    this.followUpStart = followUpStart;
  }

  public LocalTime getFollowUpEnd() {
    return followUpEnd;
  }

  public void setFollowUpEnd(LocalTime followUpEnd) {
    this.followUpEnd = followUpEnd;
  }

  // --- bound values

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public long getVersion() {
    return version;
  }

  public MeetingForm getDetails() {
    return details;
  }

  public DayForm getDayForm() {
    return dayForm;
  }

  public ItemForm getItemForm() {
    return itemForm;
  }

  public LocalDate getShownDate() {
    return shownDate;
  }

  public void setShownDate(LocalDate shownDate) {
    this.shownDate = shownDate;
    this.timeline = null;
  }

  public Map<String, String> getTargetRooms() {
    return targetRooms;
  }

  public LocalTime getSplitAt() {
    return splitAt;
  }

  public void setSplitAt(LocalTime splitAt) {
    this.splitAt = splitAt;
  }

  public LocalDate getResumeDate() {
    return resumeDate;
  }

  public void setResumeDate(LocalDate resumeDate) {
    this.resumeDate = resumeDate;
  }

  public LocalTime getResumeStart() {
    return resumeStart;
  }

  public void setResumeStart(LocalTime resumeStart) {
    this.resumeStart = resumeStart;
  }

  public LocalTime getResumeEnd() {
    return resumeEnd;
  }

  public void setResumeEnd(LocalTime resumeEnd) {
    this.resumeEnd = resumeEnd;
  }

  public String getRenameFrom() {
    return renameFrom;
  }

  public void setRenameFrom(String renameFrom) {
    this.renameFrom = renameFrom;
  }

  public String getRenameTo() {
    return renameTo;
  }

  public void setRenameTo(String renameTo) {
    this.renameTo = renameTo;
  }
}
