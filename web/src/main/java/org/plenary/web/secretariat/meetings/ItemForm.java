package org.plenary.web.secretariat.meetings;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.plenary.agenda.meetings.application.ItemPlan;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;
import org.plenary.agenda.meetings.domain.Audience;
import org.plenary.agenda.meetings.domain.ItemKind;
import org.plenary.agenda.meetings.domain.ItemStep;
import org.plenary.agenda.meetings.domain.LinkedDocument;
import org.plenary.agenda.meetings.domain.SessionFormat;

/**
 * What the item dialog holds: every part of an item, as the form edits it. Key questions are one
 * per line, in order; steps one per line as {@code 19:00 Bus leaves}; documents one per line as
 * {@code Title | https://...}.
 */
public class ItemForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String DOCUMENT_SEPARATOR = "|";

  private String key;
  private LocalDate date;
  private ItemKind kind = ItemKind.SESSION;
  private Integer sessionNumber;
  private String title;
  private String description;
  private SessionFormat format;
  private LocalTime start;
  private LocalTime end;
  private String room;
  private String keyQuestions;
  private List<RoleRow> roles = new ArrayList<>();
  private String steps;
  private String documents;
  private AudienceForm audience = new AudienceForm();
  private boolean continued;

  /** An empty form for a new item on {@code date}. */
  static ItemForm newOn(LocalDate date) {
    ItemForm form = new ItemForm();
    form.date = date;
    return form;
  }

  /** The form filled with everything about {@code item}. */
  static ItemForm of(AgendaItem item) {
    ItemForm form = new ItemForm();
    form.key = item.getKey();
    form.date = item.getDay().getDate();
    form.kind = item.getKind();
    form.sessionNumber = item.getSessionNumber();
    form.title = item.getTitle();
    form.description = item.getDescription();
    form.format = item.getFormat();
    form.start = item.getStart();
    form.end = item.getEnd();
    form.room = item.getRoom();
    form.keyQuestions = String.join("\n", item.getKeyQuestions());
    form.roles = new ArrayList<>(item.getRoles().stream().map(RoleRow::of).toList());
    form.steps =
        item.getSteps().stream()
            .map(step -> step.getTime() + " " + step.getLabel())
            .collect(Collectors.joining("\n"));
    form.documents =
        item.getDocuments().stream()
            .map(
                document ->
                    document.getTitle() + " " + DOCUMENT_SEPARATOR + " " + document.getUrl())
            .collect(Collectors.joining("\n"));
    form.audience = AudienceForm.of(item.getAudienceOverride());
    form.continued = item.isContinued();
    return form;
  }

  /**
   * The plan to send; lines that cannot be read are refused as a broken rule naming their field.
   */
  ItemPlan toPlan() {
    return new ItemPlan(
        kind,
        kind == ItemKind.SESSION ? sessionNumber : null,
        title,
        description,
        format,
        start,
        end,
        blankToNull(room),
        lines(keyQuestions),
        roles.stream().map(RoleRow::toRole).toList(),
        lines(steps).stream().map(ItemForm::step).toList(),
        audience(),
        continued,
        lines(documents).stream().map(ItemForm::document).toList());
  }

  boolean isNew() {
    return key == null;
  }

  void addRole() {
    roles.add(new RoleRow());
  }

  void removeRole(RoleRow row) {
    roles.remove(row);
  }

  /** The item's own audience; none when nothing is given (the item is open as its day). */
  private Audience audience() {
    return audience.isEmpty() ? null : audience.toAudience();
  }

  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static ItemStep step(String line) {
    String[] parts = line.split("\\s+", 2);
    try {
      return new ItemStep(LocalTime.parse(parts[0]), parts.length > 1 ? parts[1] : "");
    } catch (DateTimeParseException e) {
      throw new AgendaRuleViolation(
          Rule.STEP_OUTSIDE_ITEM, "steps", null, Map.of(), "unreadable step: " + line);
    }
  }

  private static LinkedDocument document(String line) {
    int separator = line.lastIndexOf(DOCUMENT_SEPARATOR);
    String documentTitle = separator < 0 ? line : line.substring(0, separator).strip();
    String url = separator < 0 ? "" : line.substring(separator + 1).strip();
    return new LinkedDocument(documentTitle, url);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String getKey() {
    return key;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public ItemKind getKind() {
    return kind;
  }

  public void setKind(ItemKind kind) {
    this.kind = kind;
  }

  public Integer getSessionNumber() {
    return sessionNumber;
  }

  public void setSessionNumber(Integer sessionNumber) {
    this.sessionNumber = sessionNumber;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public SessionFormat getFormat() {
    return format;
  }

  public void setFormat(SessionFormat format) {
    this.format = format;
  }

  public LocalTime getStart() {
    return start;
  }

  public void setStart(LocalTime start) {
    this.start = start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public void setEnd(LocalTime end) {
    this.end = end;
  }

  public String getRoom() {
    return room;
  }

  public void setRoom(String room) {
    this.room = room;
  }

  public String getKeyQuestions() {
    return keyQuestions;
  }

  public void setKeyQuestions(String keyQuestions) {
    this.keyQuestions = keyQuestions;
  }

  public List<RoleRow> getRoles() {
    return roles;
  }

  public String getSteps() {
    return steps;
  }

  public void setSteps(String steps) {
    this.steps = steps;
  }

  public String getDocuments() {
    return documents;
  }

  public void setDocuments(String documents) {
    this.documents = documents;
  }

  public boolean isContinued() {
    return continued;
  }

  public void setContinued(boolean continued) {
    this.continued = continued;
  }

  public AudienceForm getAudience() {
    return audience;
  }
}
