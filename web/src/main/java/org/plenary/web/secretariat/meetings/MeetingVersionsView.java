package org.plenary.web.secretariat.meetings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import org.plenary.agenda.meetings.application.AgendaEditing;
import org.plenary.agenda.meetings.application.AgendaPublishing;
import org.plenary.agenda.meetings.application.AgendaPublishing.Published;
import org.plenary.agenda.meetings.application.MeetingChangedMeanwhile;
import org.plenary.agenda.meetings.application.VersionSummary;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.web.i18n.AgendaMessages;

/**
 * A meeting's agenda versions (/secretariat/meetings/versions.xhtml?slug=...): publish the draft as
 * the next version, list the published versions, and read what changed between any two of them or
 * the draft, grouped the way the secretariat announces changes.
 */
@Named
@ViewScoped
public class MeetingVersionsView extends MeetingPageView {
  private static final long serialVersionUID = 1L;

  /** The value the version pickers give the current draft. */
  static final int DRAFT = 0;

  @Inject AgendaPublishing publishing;
  @Inject AgendaEditing editing;

  private String title;
  private long meetingVersion;

  @NotBlank
  @Size(max = Meeting.MAX_AGENDA_LABEL)
  private String label;

  private List<VersionSummary> versions = List.of();
  private int from;
  private int to;
  private String comparedFrom;
  private String comparedTo;
  private List<ChangeGroup> changes = List.of();

  /** Loads the meeting; an unknown one is "not found". */
  public void load() throws IOException {
    if (!meetingFound()) {
      return;
    }
    refresh();
    int latest = versions.size();
    from = latest >= 2 ? latest - 1 : latest;
    to = latest >= 2 ? latest : DRAFT;
    compare();
  }

  private void refresh() {
    Meeting draft = editing.draft(getSlug());
    title = draft.getTitle();
    meetingVersion = draft.getVersion();
    versions = publishing.versions(getSlug());
    label = publishing.suggestedLabel(getSlug());
  }

  /** Publishes the draft under the label given; refusals are shown beside the label or above. */
  public void publish() {
    try {
      Published published = publishing.publish(getSlug(), meetingVersion, label);
      refresh();
      from = Math.max(published.version().number() - 1, 1);
      to = published.version().number();
      compare();
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              text("versions.published", published.version().number(), published.version().label()),
              null));
    } catch (AgendaRuleViolation violation) {
      String field = "label".equals(violation.field()) ? "publishForm:label" : null;
      error(field, AgendaMessages.of(violation, locale()));
    } catch (MeetingChangedMeanwhile changed) {
      refresh();
      error(null, AgendaMessages.changedMeanwhile(locale()));
    }
  }

  /** Shows what changed between the two versions picked (either may be the draft). */
  public void compare() {
    if (versions.isEmpty()) {
      changes = List.of();
      return;
    }
    comparedFrom = name(from);
    comparedTo = name(to);
    changes =
        ChangeGroup.of(
            publishing.compare(getSlug(), from == DRAFT ? null : from, to == DRAFT ? null : to),
            locale());
  }

  /** The versions to compare, newest first, then the draft. */
  public List<SelectItem> getChoices() {
    List<SelectItem> choices = new ArrayList<>();
    choices.add(new SelectItem(DRAFT, text("versions.compare.draft")));
    for (VersionLine version : getVersions()) {
      choices.add(new SelectItem(version.getNumber(), name(version.getNumber())));
    }
    return choices;
  }

  private String name(int number) {
    return number == DRAFT
        ? text("versions.compare.draft")
        : text("versions.compare.version", number, labelOf(number));
  }

  private String labelOf(int number) {
    return versions.stream()
        .filter(version -> version.number() == number)
        .map(VersionSummary::label)
        .findFirst()
        .orElse("");
  }

  private String text(String key, Object... arguments) {
    ResourceBundle texts = ResourceBundle.getBundle("org.plenary.web.i18n.messages", locale());
    return new MessageFormat(texts.getString(key), locale()).format(arguments);
  }

  public String getTitle() {
    return title;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  /** The published versions, newest first. */
  public List<VersionLine> getVersions() {
    List<VersionLine> lines = new ArrayList<>(versions.stream().map(VersionLine::new).toList());
    Collections.reverse(lines);
    return lines;
  }

  /** A published version as the table shows it (EL reads getters, not record accessors). */
  public static final class VersionLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private final VersionSummary version;

    VersionLine(VersionSummary version) {
      this.version = version;
    }

    public int getNumber() {
      return version.number();
    }

    public String getLabel() {
      return version.label();
    }

    public Instant getPublishedAt() {
      return version.publishedAt();
    }

    public String getPublishedBy() {
      return version.publishedBy();
    }
  }

  public int getFrom() {
    return from;
  }

  public void setFrom(int from) {
    this.from = from;
  }

  public int getTo() {
    return to;
  }

  public void setTo(int to) {
    this.to = to;
  }

  public String getComparedFrom() {
    return comparedFrom;
  }

  public String getComparedTo() {
    return comparedTo;
  }

  public List<ChangeGroup> getChanges() {
    return changes;
  }

  public boolean isNothingChanged() {
    return changes.isEmpty();
  }
}
