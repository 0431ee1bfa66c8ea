package org.plenary.web.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Refuses text holding control characters or broken Unicode ({@link UnsafeText}) in every input of
 * every page: it is a default validator (faces-config.xml), so the message stands beside the field
 * and what the person typed stays in it.
 */
@FacesValidator(UnsafeTextValidator.ID)
public class UnsafeTextValidator implements Validator<Object> {
  public static final String ID = "plenary.UnsafeText";

  @Override
  public void validate(FacesContext faces, UIComponent component, Object value) {
    if (value instanceof CharSequence text && UnsafeText.isUnsafe(text)) {
      Locale locale = faces.getViewRoot().getLocale();
      Object label = component.getAttributes().get("label");
      String message =
          new MessageFormat(
                  ResourceBundle.getBundle("org.plenary.web.i18n.messages", locale)
                      .getString("validation.unsafeText"),
                  locale)
              .format(new Object[] {label == null ? component.getClientId(faces) : label});
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
  }
}
