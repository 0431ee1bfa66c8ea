package org.plenary.web.secretariat.meetings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Map;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;
import org.plenary.web.i18n.AgendaMessages;
import org.plenary.web.i18n.Texts;

/**
 * Turns a refused edit into messages the secretariat reads where they look: a broken rule beside
 * the field it names (or, when the form has no such field, at the top of the form), in the user's
 * language.
 */
final class Complaints {
  /** Fields for rules that name none, so that their message still lands beside a field. */
  private static final Map<Rule, String> FIELD_OF_RULE =
      Map.of(
          Rule.UNKNOWN_TIME_ZONE, "timeZone",
          Rule.MEETING_ENDS_BEFORE_IT_STARTS, "endDate",
          Rule.SLUG_TAKEN, "slug",
          Rule.INVALID_SLUG, "slug",
          Rule.INVALID_LINK, "documents",
          Rule.STEP_OUTSIDE_ITEM, "steps",
          Rule.SESSION_NUMBER_INVALID, "sessionNumber");

  private final FacesContext faces;
  private final Locale locale;

  Complaints(FacesContext faces, Locale locale) {
    this.faces = faces;
    this.locale = locale;
  }

  /**
   * Shows the broken rule beside the component whose client id {@code fields} gives for the field
   * the violation names; else under {@code formMessages}.
   */
  void ruleBroken(AgendaRuleViolation violation, Map<String, String> fields, String formMessages) {
    String field =
        violation.field() != null ? violation.field() : FIELD_OF_RULE.get(violation.rule());
    String clientId = field == null ? null : fields.get(field);
    error(clientId == null ? formMessages : clientId, AgendaMessages.of(violation, locale));
    faces.validationFailed();
  }

  /** An edit lost to someone else's: said at the top of the page, the input left as it was. */
  void changedMeanwhile(String pageMessages) {
    error(pageMessages, Texts.text("planning.conflict", locale));
    faces.validationFailed();
  }

  /**
   * Bean Validation refusals from the application service (values the form's own checks let
   * through), at the top of the form.
   */
  void invalid(ConstraintViolationException e, String formMessages) {
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      error(formMessages, violation.getPropertyPath() + ": " + violation.getMessage());
    }
    faces.validationFailed();
  }

  void error(String clientId, String text) {
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  void info(String clientId, String text) {
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }
}
