package org.plenary.agenda.outcomes.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.outcomes.domain.ItemMinutes;
import org.plenary.agenda.outcomes.domain.MinutesRefused;
import org.plenary.agenda.outcomes.domain.MinutesRefused.Rule;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.people.domain.Person;
import org.plenary.core.security.application.Accounts;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;

/**
 * The minutes of a published meeting, written item by item by the secretariat or the rapporteur it
 * names for an item. Pages save as people type: each save names the version it read, so two writers
 * never overwrite each other silently, and nothing typed waits for a final save.
 */
@Stateless
@RolesAllowed({Roles.DELEGATE, Roles.MEMBER, Roles.MINISTRY, Roles.SECRETARIAT})
public class MinutesWriting {
  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject MeetingCatalog catalog;
  @Inject OutcomeMeetings meetings;
  @Inject MinutesRecords records;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Every recorded item's minutes, in agenda order. */
  @RolesAllowed(Roles.SECRETARIAT)
  public MinutesSheet sheet(@NotBlank String meetingId) {
    Meeting meeting = meetings.published(meetingId);
    return new MinutesSheet(
        meeting.getSlug(),
        meeting.getTitle(),
        records.all(meeting, catalog.getPublished(meetingId), true));
  }

  /** One item's minutes, for the secretariat or the item's rapporteur. */
  public ItemRecord item(@NotBlank String meetingId, @NotBlank String itemKey) {
    Meeting meeting = meetings.published(meetingId);
    AgendaItem item = MinutesRecords.recordedItem(catalog.getPublished(meetingId), itemKey);
    Optional<ItemMinutes> record = records.find(meeting, itemKey);
    mayWrite(record, item);
    return records.one(meeting, item, record.orElse(null), true);
  }

  /**
   * Saves one item's minutes (an autosave or the explicit save alike).
   *
   * @param expectedVersion the version the writer read (0 when nothing was saved yet)
   * @return the saved record with its new version
   * @throws MinutesRefused when someone saved meanwhile, the caller may not write it, or a text is
   *     too long
   */
  public ItemRecord write(
      @NotBlank String meetingId,
      @NotBlank String itemKey,
      long expectedVersion,
      String summary,
      List<String> answers,
      String decisions) {
    Meeting meeting = meetings.published(meetingId);
    AgendaItem item = MinutesRecords.recordedItem(catalog.getPublished(meetingId), itemKey);
    Optional<ItemMinutes> existing = records.find(meeting, itemKey);
    mayWrite(existing, item);
    String by = context.getCallerPrincipal().getName();
    ItemMinutes record =
        existing.orElseGet(() -> new ItemMinutes(meeting, item, by, clock.instant()));
    record.write(item, expectedVersion, summary, answers, decisions, by, clock.instant());
    if (existing.isEmpty()) {
      em.persist(record);
    }
    em.flush();
    audit.record(
        AuditAction.MINUTES_WRITTEN, AuditObjectType.MINUTES, meetingId + "/" + itemKey, null);
    return records.one(meeting, item, record, true);
  }

  /** Names (or, with a blank username, removes) the rapporteur who writes an item's minutes. */
  @RolesAllowed(Roles.SECRETARIAT)
  public ItemRecord nameRapporteur(
      @NotBlank String meetingId, @NotBlank String itemKey, String username) {
    Meeting meeting = meetings.published(meetingId);
    AgendaItem item = MinutesRecords.recordedItem(catalog.getPublished(meetingId), itemKey);
    Person person =
        username == null || username.isBlank()
            ? null
            : accounts
                .find(username.strip())
                .orElseThrow(() -> new NotFoundException("account", username))
                .getPerson();
    String by = context.getCallerPrincipal().getName();
    Optional<ItemMinutes> existing = records.find(meeting, itemKey);
    ItemMinutes record =
        existing.orElseGet(() -> new ItemMinutes(meeting, item, by, clock.instant()));
    record.nameRapporteur(person, by, clock.instant());
    if (existing.isEmpty()) {
      em.persist(record);
    }
    em.flush();
    audit.record(
        AuditAction.MINUTES_RAPPORTEUR_NAMED,
        AuditObjectType.MINUTES,
        meetingId + "/" + itemKey,
        person == null ? null : username.strip());
    return records.one(meeting, item, record, true);
  }

  private void mayWrite(Optional<ItemMinutes> record, AgendaItem item) {
    if (context.isCallerInRole(Roles.SECRETARIAT)) {
      return;
    }
    Person caller =
        accounts.find(context.getCallerPrincipal().getName()).map(a -> a.getPerson()).orElse(null);
    if (record.isEmpty() || !record.get().isRapporteur(caller)) {
      throw new MinutesRefused(
          Rule.NOT_THE_RAPPORTEUR,
          null,
          "only the secretariat and the rapporteur of \""
              + item.getTitle()
              + "\" write its minutes");
    }
  }
}
