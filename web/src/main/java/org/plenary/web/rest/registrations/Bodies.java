package org.plenary.web.rest.registrations;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.plenary.web.rest.InvalidRequest;

/**
 * Validates JSON bodies with their Bean Validation constraints in code, so that a refusal is always
 * our 400 problem naming the field, whichever exception mappers the JAX-RS runtime brings.
 */
public final class Bodies {
  private Bodies() {}

  public static <T> T valid(Validator validator, T body) {
    if (body == null) {
      throw new InvalidRequest("body", "is required");
    }
    validator.validate(body).stream()
        .min(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
        .ifPresent(
            v -> {
              throw new InvalidRequest(v.getPropertyPath().toString(), v.getMessage());
            });
    return body;
  }
}
