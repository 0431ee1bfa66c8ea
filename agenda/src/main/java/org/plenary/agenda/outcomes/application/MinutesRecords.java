package org.plenary.agenda.outcomes.application;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.outcomes.domain.ItemMinutes;
import org.plenary.agenda.outcomes.domain.MinutesRefused;
import org.plenary.agenda.outcomes.domain.MinutesRefused.Rule;
import org.plenary.core.shared.NotFoundException;

/**
 * Reads a meeting's minutes records: one item's, or every recorded item's in agenda order, each
 * shaped as its readers see it. Used inside the writing and approving transactions.
 */
@Dependent
class MinutesRecords {
  @PersistenceContext EntityManager em;

  /** Every recorded item of the published agenda with its record (empty ones too), in order. */
  List<ItemRecord> all(Meeting meeting, Meeting agenda, boolean writable) {
    Map<String, ItemMinutes> records = records(meeting);
    Map<String, String[]> rapporteurs = rapporteurs(meeting);
    return agenda.getItems().stream()
        .filter(ItemMinutes::isRecorded)
        .map(
            item ->
                record(item, records.get(item.getKey()), rapporteurs.get(item.getKey()), writable))
        .toList();
  }

  /** One item's record as its readers see it. */
  ItemRecord one(Meeting meeting, AgendaItem item, ItemMinutes record, boolean writable) {
    return record(item, record, rapporteurs(meeting).get(item.getKey()), writable);
  }

  /** The item of the published agenda with this key, if it takes minutes. */
  static AgendaItem recordedItem(Meeting agenda, String itemKey) {
    AgendaItem item =
        agenda.findItem(itemKey).orElseThrow(() -> new NotFoundException("agenda item", itemKey));
    if (!ItemMinutes.isRecorded(item)) {
      throw new MinutesRefused(
          Rule.NOT_RECORDED, "itemKey", "\"" + item.getTitle() + "\" takes no minutes");
    }
    return item;
  }

  Optional<ItemMinutes> find(Meeting meeting, String itemKey) {
    return em.createQuery(
            "select m from ItemMinutes m where m.meeting = :meeting and m.itemKey = :key",
            ItemMinutes.class)
        .setParameter("meeting", meeting)
        .setParameter("key", itemKey)
        .getResultStream()
        .findFirst();
  }

  /** Item key to its record, with the answers, in one query. */
  Map<String, ItemMinutes> records(Meeting meeting) {
    Map<String, ItemMinutes> records = new HashMap<>();
    em.createQuery(
            "select m from ItemMinutes m left join fetch m.answers" + " where m.meeting = :meeting",
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
}
