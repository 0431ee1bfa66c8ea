package org.plenary.agenda.meetings.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.plenary.agenda.meetings.domain.AgendaVersion;
import org.plenary.agenda.meetings.domain.Meeting;

/**
 * Completes the V3_0 migration at start-up: agendas published before versions were kept get their
 * version 1 snapshot (the agenda as it stands, with its label and publishing date). SQL cannot
 * write the snapshot, so this runs once the schema is up to date, and finds nothing to do after.
 * Likewise for V6_1 and V27_0: versions kept before them get their start date, and their end date,
 * title, theme and city, from their snapshot.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class PublishedAgendaBackfill {
  private static final Logger LOG = Logger.getLogger(PublishedAgendaBackfill.class.getName());

  @PersistenceContext EntityManager em;

  @PostConstruct
  public void completeMigratedVersions() {
    for (Meeting meeting :
        em.createQuery(
                "select m from Meeting m where m.publishedVersion > 0 and not exists"
                    + " (select v from AgendaVersion v where v.meeting = m)",
                Meeting.class)
            .getResultList()) {
      em.persist(meeting.snapshotOfPublishedAgenda());
      LOG.info(() -> "Kept the published agenda of " + meeting.getSlug() + " as version 1");
    }
    for (AgendaVersion version :
        em.createQuery(
                "select v from AgendaVersion v where v.startDate is null or v.title is null",
                AgendaVersion.class)
            .getResultList()) {
      version.takeListingFromSnapshot();
    }
  }
}
