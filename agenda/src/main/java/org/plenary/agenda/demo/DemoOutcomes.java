package org.plenary.agenda.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.plenary.agenda.outcomes.application.ActionFilter;
import org.plenary.agenda.outcomes.application.ActionItems;
import org.plenary.agenda.outcomes.application.ActionSpec;
import org.plenary.agenda.outcomes.application.ItemRecord;
import org.plenary.agenda.outcomes.application.MinutesApproval;
import org.plenary.agenda.outcomes.application.MinutesWriting;
import org.plenary.agenda.outcomes.domain.ActionKind;
import org.plenary.agenda.outcomes.domain.ActionStatus;
import org.plenary.agenda.outcomes.domain.OwnerKind;
import org.plenary.core.security.domain.Roles;

/**
 * The outcomes of E-Leaders 2019: approved minutes for Sessions 1 and 2, and three actions, one
 * done (the Task Force's), one overdue (Luxembourg's ministry) and one in progress (the demo
 * delegate's), so that the approved minutes and the commitments monitor show something on a fresh
 * start. Call it once the demo accounts and working groups exist.
 */
@Stateless
@RunAs(Roles.SECRETARIAT)
public class DemoOutcomes {
  static final String LUXEMBOURG = "Ministry for Digitalisation (Luxembourg)";

  @Inject MinutesWriting writing;
  @Inject MinutesApproval approval;
  @Inject ActionItems actions;
  @Inject Clock clock;

  /** Writes, circulates and approves the minutes, then records the actions; each only once. */
  public void load() {
    if (approval.latestApprovedVersion(ELeaders2019.SLUG).isEmpty()) {
      approveMinutes();
    }
    if (actions.count(new ActionFilter(ELeaders2019.SLUG, null, null, null)) == 0) {
      recordActions();
    }
  }

  private void approveMinutes() {
    for (ItemRecord item : writing.sheet(ELeaders2019.SLUG).items()) {
      if (item.sessionNumber() == null || item.sessionNumber() > 2) {
        continue;
      }
      boolean first = item.sessionNumber() == 1;
      List<String> answers = new ArrayList<>();
      for (int i = 0; i < item.keyQuestions().size(); i++) {
        answers.add(
            first
                ? "Delegates named a government CIO with a mandate across ministries as the"
                    + " first lever."
                : "Tables agreed that funding models and shared platforms matter as much as"
                    + " strategies.");
      }
      writing.write(
          ELeaders2019.SLUG,
          item.itemKey(),
          item.version(),
          first
              ? "The Secretariat presented the governance models of twelve countries; delegates"
                  + " compared how their digital government units are mandated and funded."
              : "Four interactive tables detailed the facets of a sound governance framework:"
                  + " leadership, coordination, funding and skills.",
          answers,
          first
              ? "The Task Force on Governance drafts a Handbook on digital government governance."
              : "Delegations send examples of their coordination bodies to the Secretariat.");
    }
    approval.circulate(
        ELeaders2019.SLUG, clock.instant().plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC));
    approval.approve(ELeaders2019.SLUG);
  }

  private void recordActions() {
    List<ItemRecord> items = writing.sheet(ELeaders2019.SLUG).items();
    String session1 = sessionKey(items, 1);
    String session2 = sessionKey(items, 2);
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    String done =
        actions
            .record(
                ELeaders2019.SLUG,
                new ActionSpec(
                    session1,
                    ActionKind.ACTION,
                    "Task Force on Governance drafts the Handbook on digital government governance",
                    OwnerKind.GROUP,
                    ELeaders2019.TASK_FORCE_GROUP,
                    LocalDate.of(2020, 3, 1),
                    null))
            .key();
    actions.progress(done, ActionStatus.DONE, "The first draft was shared with the Task Force.");
    actions.record(
        ELeaders2019.SLUG,
        new ActionSpec(
            session2,
            ActionKind.ACTION,
            "Luxembourg shares its coordination body's mandate as a case study",
            OwnerKind.ORGANISATION,
            LUXEMBOURG,
            LocalDate.of(2020, 6, 30),
            null));
    String going =
        actions
            .record(
                ELeaders2019.SLUG,
                new ActionSpec(
                    session2,
                    ActionKind.ACTION,
                    "Delegate collects examples of shared digital platforms",
                    OwnerKind.PERSON,
                    "delegate",
                    today.plusMonths(6),
                    null))
            .key();
    actions.progress(going, ActionStatus.IN_PROGRESS, "Five countries have sent examples.");
  }

  private static String sessionKey(List<ItemRecord> items, int number) {
    return items.stream()
        .filter(i -> Integer.valueOf(number).equals(i.sessionNumber()))
        .map(ItemRecord::itemKey)
        .findFirst()
        .orElse(null);
  }
}
