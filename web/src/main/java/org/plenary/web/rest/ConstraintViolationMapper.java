package org.plenary.web.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * Bean Validation's refusal of a service's arguments, answered as every other failure is, by {@link
 * ProblemMapper}: Jersey's own mapper for validation exceptions is nearer to this type than ours
 * for {@code Throwable}, and would answer a bare 400 without the fields.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Context Providers providers;

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    return providers.getExceptionMapper(Throwable.class).toResponse(invalid);
  }
}
