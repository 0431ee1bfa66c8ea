package org.plenary.agenda.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.plenary.agenda.feedback.application.FeedbackForms;
import org.plenary.agenda.feedback.application.FormSpec;
import org.plenary.agenda.feedback.domain.QuestionDraft;
import org.plenary.agenda.feedback.domain.QuestionKind;
import org.plenary.core.security.domain.Roles;

/**
 * The feedback form of E-Leaders 2019's Session 5, the delegates feedback session: the Thematic
 * Groups, the draft Principles on data (EASD) and the draft Handbook on Governance. It opens when
 * the session starts and closes at the end of October 2019, as such a form would have.
 */
@Stateless
@RunAs(Roles.SECRETARIAT)
public class DemoFeedback {
  public static final String SESSION_5_FORM =
      "Session 5: feedback on the Thematic Groups and drafts";
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @Inject FeedbackForms forms;

  /** Defines the Session 5 form unless it exists; safe to call on every start. */
  public void load() {
    String meeting = ELeaders2019.meeting().slug();
    if (forms.formId(meeting, SESSION_5_FORM).isPresent()) {
      return;
    }
    forms.define(
        meeting,
        new FormSpec(
            SESSION_5_FORM,
            LocalDateTime.of(2019, 9, 20, 11, 0).atZone(BRUSSELS).toInstant(),
            LocalDateTime.of(2019, 10, 31, 23, 59).atZone(BRUSSELS).toInstant(),
            List.of(
                new QuestionDraft(
                    "thematic-groups",
                    QuestionKind.RATING,
                    "How useful was the work of the Thematic Groups this year?",
                    true,
                    null),
                new QuestionDraft(
                    "thematic-groups-next",
                    QuestionKind.MULTIPLE_CHOICE,
                    "Which Thematic Groups should continue next year?",
                    false,
                    List.of(
                        "Business Cases",
                        "ICT Commissioning",
                        "Digital Identity",
                        "Emerging Technologies",
                        "Data-Driven Public Sector",
                        "Service Delivery")),
                new QuestionDraft(
                    "principles-ready",
                    QuestionKind.SINGLE_CHOICE,
                    "Is the draft of the General Principles on Enhanced Access to and Sharing of"
                        + " Data (EASD) ready to go forward?",
                    true,
                    List.of("Yes, as it is", "Yes, with changes", "No, it needs more work")),
                new QuestionDraft(
                    "principles-changes",
                    QuestionKind.FREE_TEXT,
                    "What should change in the draft Principles?",
                    false,
                    null),
                new QuestionDraft(
                    "handbook",
                    QuestionKind.RATING,
                    "How useful is the draft Handbook on Governance for a Digital Government for"
                        + " your government?",
                    true,
                    null),
                new QuestionDraft(
                    "handbook-missing",
                    QuestionKind.FREE_TEXT,
                    "What is missing from the draft Handbook?",
                    false,
                    null))));
  }
}
