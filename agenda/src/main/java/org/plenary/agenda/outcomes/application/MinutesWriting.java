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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.outcomes.domain.ItemMinutes;
import org.plenary.agenda.outcomes.domain.MinutesRefused;
import org.plenary.agenda.outcomes.domain.MinutesRefused.Rule;
import org.plenary.core.audit.application.AuditLog;
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
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Every recorded item's minutes, in agenda order. */
  @RolesAllowed(Roles.SECRETARIAT)
  public MinutesSheet sheet(@NotBlank String meetingId) {
    Meeting meeting = meetings.published(meetingId);
    Meeting agenda = catalog.getPublished(meetingId);
    Map<String, ItemMinutes> records = records(meeting);
    Map<String, String[]> rapporteurs = rapporteurs(meeting);
    List<ItemRecord> items =
        agenda.getItems().stream()
            .filter(ItemMinutes::isRecorded)
            .map(
                item ->
                    record(item, records.get(item.getKey()), rapporteurs.get(item.getKey()), true))
            .toList();
    return new MinutesSheet(meeting.getSlug(), meeting.getTitle(), items);
  }

  /** One item's minutes, for the secretariat or the item's rapporteur. */
  public ItemRecord item(@NotBlank String meetingId, @NotBlank String itemKey) {
    Meeting meeting = meetings.published(meetingId);
    AgendaItem item = recordedItem(catalog.getPublished(meetingId), itemKey);
    Optional<ItemMinutes> record = find(meeting, itemKey);
    mayWrite(record, item);
    return record(item, record.orElse(null), rapporteurs(meeting).get(itemKey), true);
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
    AgendaItem item = recordedItem(catalog.getPublished(meetingId), itemKey);
    Optional<ItemMinutes> existing = find(meeting, itemKey);
    mayWrite(existing, item);
    String by = context.getCallerPrincipal().getName();
    ItemMinutes record =
        existing.orElseGet(() -> new ItemMinutes(meeting, item, by, clock.instant()));
    record.write(item, expectedVersion, summary, answers, decisions, by, clock.instant());
    if (existing.isEmpty()) {
      em.persist(record);
    }
    em.flush();
    audit.record("minutes.written", "minutes", meetingId + "/" + itemKey, null);
    return record(item, record, rapporteurs(meeting).get(itemKey), true);
  }

  /** Names (or, with a blank username, removes) the rapporteur who writes an item's minutes. */
  @RolesAllowed(Roles.SECRETARIAT)
  public ItemRecord nameRapporteur(
      @NotBlank String meetingId, @NotBlank String itemKey, String username) {
    Meeting meeting = meetings.published(meetingId);
    AgendaItem item = recordedItem(catalog.getPublished(meetingId), itemKey);
    Person person =
        username == null || username.isBlank()
            ? null
            : accounts
                .find(username.strip())
                .orElseThrow(() -> new NotFoundException("account", username))
                .getPerson();
    String by = context.getCallerPrincipal().getName();
    Optional<ItemMinutes> existing = find(meeting, itemKey);
    ItemMinutes record =
        existing.orElseGet(() -> new ItemMinutes(meeting, item, by, clock.instant()));
    record.nameRapporteur(person, by, clock.instant());
    if (existing.isEmpty()) {
      em.persist(record);
    }
    em.flush();
    audit.record(
        "minutes.rapporteur-named",
        "minutes",
        meetingId + "/" + itemKey,
        person == null ? null : username.strip());
    return record(item, record, rapporteurs(meeting).get(itemKey), true);
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

  private static ItemRecord record(
      AgendaItem item, ItemMinutes record, String[] rapporteur, boolean writable) {
    List<String> answers =
        item.getKeyQuestions().stream()
            .map(q -> record == null ? null : record.answerTo(q))
            .toList();
    return new ItemRecord(
        item.getKey(),
        item.getSessionNumber(),
        item.getTitle(),
        item.getDay().getDate(),
        item.getStart(),
        item.getKeyQuestions(),
        record == null ? null : record.getSummary(),
        answers,
        record == null ? null : record.getDecisions(),
        rapporteur == null ? null : rapporteur[0],
        rapporteur == null ? null : rapporteur[1],
        record == null ? null : record.getUpdatedAt(),
        record == null ? null : record.getUpdatedBy(),
        record == null ? 0 : record.getVersion(),
        writable);
  }

  private static AgendaItem recordedItem(Meeting agenda, String itemKey) {
    AgendaItem item =
        agenda.findItem(itemKey).orElseThrow(() -> new NotFoundException("agenda item", itemKey));
    if (!ItemMinutes.isRecorded(item)) {
      throw new MinutesRefused(
          Rule.NOT_RECORDED, "itemKey", "\"" + item.getTitle() + "\" takes no minutes");
    }
    return item;
  }

  private Optional<ItemMinutes> find(Meeting meeting, String itemKey) {
    return em.createQuery(
            "select m from ItemMinutes m where m.meeting = :meeting and m.itemKey = :key",
            ItemMinutes.class)
        .setParameter("meeting", meeting)
        .setParameter("key", itemKey)
        .getResultStream()
        .findFirst();
  }

  private Map<String, ItemMinutes> records(Meeting meeting) {
    Map<String, ItemMinutes> records = new HashMap<>();
    em.createQuery(
            "select m from ItemMinutes m left join fetch m.answers where m.meeting = :meeting",
            ItemMinutes.class)
        .setParameter("meeting", meeting)
        .getResultList()
        .forEach(m -> records.put(m.getItemKey(), m));
    return records;
  }

  /** Item key to the rapporteur's username and full name, from one query. */
  private Map<String, String[]> rapporteurs(Meeting meeting) {
    Map<String, String[]> rapporteurs = new HashMap<>();
    em.createQuery(
            "select m.itemKey, a.username, p.fullName from ItemMinutes m join m.rapporteur p,"
                + " Account a where a.person = p and m.meeting = :meeting",
            Object[].class)
        .setParameter("meeting", meeting)
        .getResultList()
        .forEach(
            row ->
                rapporteurs.put((String) row[0], new String[] {(String) row[1], (String) row[2]}));
    return rapporteurs;
  }
}
