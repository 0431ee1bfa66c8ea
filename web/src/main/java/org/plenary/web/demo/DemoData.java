package org.plenary.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.agenda.demo.DemoDelegates;
import org.plenary.agenda.demo.DemoFeedback;
import org.plenary.agenda.demo.DemoMeetings;
import org.plenary.agenda.demo.DemoOutcomes;

/**
 * Loads the demo story on start-up when {@code plenary.demo-data} is true: people, organisations
 * and the demo accounts, then the E-Leaders 2019 meeting, then its Session 5 feedback form, then
 * the working groups with the draft Handbook and the draft EASD Principles, then the meeting the
 * Task Force on Governance holds, then the outcomes of E-Leaders 2019 (approved minutes of two
 * sessions, three actions), then its delegates' registrations and two delegations (last: nobody is
 * mailed the minutes on a fresh start). Each part checks what exists, so a restart never duplicates
 * anything. The loaders run as the secretariat (EJB run-as) because they use the same secured
 * application services as the user interface.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "plenary.demo-data", defaultValue = "true")
  boolean enabled;

  @Inject DemoAccounts accounts;
  @Inject DemoMeetings meetings;
  @Inject DemoFeedback feedback;
  @Inject DemoGroups groups;
  @Inject DemoConsultations consultations;
  @Inject DemoCoordination coordination;
  @Inject DemoOutcomes outcomes;
  @Inject DemoDelegates registrations;

  @PostConstruct
  void load() {
    if (!enabled) {
      LOG.info("Demo data disabled (plenary.demo-data=false)");
      return;
    }
    accounts.load();
    meetings.load();
    feedback.load();
    groups.load();
    meetings.loadGroupMeetings();
    consultations.load();
    coordination.load();
    outcomes.load();
    registrations.load();
  }
}
