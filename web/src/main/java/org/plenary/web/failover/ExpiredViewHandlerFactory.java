package org.plenary.web.failover;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link ExpiredViewHandler} in front of the handler configured before it (PrimeFaces'). */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {
  public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new ExpiredViewHandler(getWrapped().getExceptionHandler());
  }
}
