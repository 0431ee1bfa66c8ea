package org.plenary.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.agenda.demo.DemoDelegates;
import org.plenary.agenda.demo.DemoFeedback;
import org.plenary.agenda.demo.DemoMeetings;
import org.plenary.agenda.demo.DemoOutcomes;

/**
 * Loads the demo story on start-up ({@link #loads}, by default on the embedded H2 database only):
 * people, organisations and the demo accounts, then the E-Leaders 2019 meeting, then its Session 5
 * feedback form, then the working groups with the draft Handbook and the draft EASD Principles,
 * then the meeting the Task Force on Governance holds, then the outcomes of E-Leaders 2019
 * (approved minutes of two sessions, three actions), then its delegates' registrations and two
 * delegations (last: nobody is mailed the minutes on a fresh start). Each part checks what exists,
 * so a restart never duplicates anything. The loaders run as the secretariat (EJB run-as) because
 * they use the same secured application services as the user interface.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "plenary.demo-data")
  Optional<Boolean> asked;

  @Inject
  @ConfigProperty(name = "plenary.db.url")
  String databaseUrl;

  @Inject DemoAccounts accounts;
  @Inject DemoMeetings meetings;
  @Inject DemoFeedback feedback;
  @Inject DemoGroups groups;
  @Inject DemoConsultations consultations;
  @Inject DemoCoordination coordination;
  @Inject DemoOutcomes outcomes;
  @Inject DemoDelegates delegates;

  /**
   * Whether the demo story loads: as asked ({@code PLENARY_DEMO_DATA}), else only on the embedded
   * H2 database of a quick local start. A database of one's own (PostgreSQL in production) never
   * gets the demo accounts, whose password is published, unless asked for. The launcher applies the
   * same rule to say whether it lists them.
   */
  static boolean loads(Optional<Boolean> asked, String databaseUrl) {
    return asked.orElseGet(() -> databaseUrl.startsWith("jdbc:h2:"));
  }

  @PostConstruct
  void load() {
    if (!loads(asked, databaseUrl)) {
      LOG.info(
          asked.isPresent()
              ? "Demo data not loaded (PLENARY_DEMO_DATA=false)"
              : "Demo data not loaded: not the embedded H2 database (PLENARY_DEMO_DATA=true loads"
                  + " it)");
      return;
    }
    long start = System.nanoTime();
    accounts.load();
    meetings.load();
    feedback.load();
    groups.load();
    meetings.loadGroupMeetings();
    consultations.load();
    coordination.load();
    outcomes.load();
    delegates.load();
    LOG.info(
        () ->
            "Demo data loaded or found in place in "
                + Duration.ofNanos(System.nanoTime() - start).toMillis()
                + " ms");
  }
}
