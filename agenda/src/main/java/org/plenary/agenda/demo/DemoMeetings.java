package org.plenary.agenda.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.plenary.agenda.meetings.application.MeetingPlan;
import org.plenary.agenda.meetings.application.MeetingPlanning;
import org.plenary.core.security.domain.Roles;

/**
 * Loads the demo meetings (E-Leaders 2019 and its side meeting, and the Task Force on Governance's
 * working meeting) through the application services.
 */
@Stateless
@RunAs(Roles.SECRETARIAT)
public class DemoMeetings {
  @Inject MeetingPlanning planning;

  /** Creates the demo meetings unless they exist already; safe to call on every start. */
  public void load() {
    planAndPublish(ELeaders2019.meeting());
    planAndPublish(ELeaders2019.goingDigital());
  }

  /**
   * Creates the meeting the Task Force on Governance holds, unless it exists; call it once the demo
   * working groups exist. Safe to call on every start.
   */
  public void loadGroupMeetings() {
    MeetingPlan plan = ELeaders2019.taskForceMeeting();
    if (!planning.isPlanned(plan.slug())) {
      planning.plan(plan, ELeaders2019.TASK_FORCE_GROUP);
      planning.publishAgenda(plan.slug(), "V20191030");
    }
  }

  private void planAndPublish(MeetingPlan plan) {
    if (!planning.isPlanned(plan.slug())) {
      planning.plan(plan);
      planning.publishAgenda(plan.slug(), ELeaders2019.AGENDA_LABEL);
    }
  }
}
