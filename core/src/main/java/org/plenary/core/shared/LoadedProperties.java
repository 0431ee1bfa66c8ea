package org.plenary.core.shared;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Lets Bean Validation check every property it is asked to, named in {@code
 * META-INF/validation.xml}.
 *
 * <p>The default resolver asks JPA whether each constrained property of each object validated is
 * loaded, through a provider look-up that takes a shared lock: under a burst of comments the
 * request threads queued there (issue 8's profile). Here the answer is always yes: the constrained
 * properties of our entities are plain columns, always loaded, and no entity cascades validation
 * into a lazy association; request bodies are no entities at all.
 */
public class LoadedProperties implements TraversableResolver {
  @Override
  public boolean isReachable(
      Object bean,
      Path.Node property,
      Class<?> rootBeanType,
      Path pathToProperty,
      ElementType elementType) {
    return true;
  }

  @Override
  public boolean isCascadable(
      Object bean,
      Path.Node property,
      Class<?> rootBeanType,
      Path pathToProperty,
      ElementType elementType) {
    return true;
  }
}
