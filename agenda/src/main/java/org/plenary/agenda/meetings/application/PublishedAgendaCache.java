package org.plenary.agenda.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.plenary.agenda.meetings.domain.Meeting;

/**
 * The published agendas this node has already read from their snapshots, one per slug, each kept
 * with the key it was read under: the published version numbers of the meeting and of the meetings
 * it shows (its main meeting, its side meetings), as the database has them. A published version is
 * immutable, so an agenda read under a key stays right for as long as the database gives that key;
 * the key is read on every request (one small query, see {@link MeetingCatalog#readPublished}), so
 * a version published on another node of the cluster shows on the next request here.
 */
@ApplicationScoped
public class PublishedAgendaCache {
  /** More meetings than any deployment publishes: past it, the cache starts again empty. */
  static final int MAX_ENTRIES = 1_000;

  private record Entry(String key, Optional<Meeting> agenda) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** The agenda read under this key, or the one {@code read} gives, kept under it. */
  Optional<Meeting> get(String slug, String key, Supplier<Optional<Meeting>> read) {
    Entry entry = entries.get(slug);
    if (entry != null && entry.key().equals(key)) {
      return entry.agenda();
    }
    Optional<Meeting> agenda = read.get();
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(slug, new Entry(key, agenda));
    return agenda;
  }
}
