package org.plenary.web.errors;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link ChangedMeanwhileHandler} in front of the handlers configured before it. */
public class ChangedMeanwhileHandlerFactory extends ExceptionHandlerFactory {
  public ChangedMeanwhileHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new ChangedMeanwhileHandler(getWrapped().getExceptionHandler());
  }
}
