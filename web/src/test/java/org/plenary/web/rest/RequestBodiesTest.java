package org.plenary.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The classes JSON request bodies bind to, and every class they hold, declare no primitive: Yasson
 * applies no deserializer to one and reads it its lenient way — any string or number into a {@code
 * boolean} as {@code Boolean.parseBoolean} of its text ({"socialEvent":"yes"} is false), {@code
 * 4.5} or {@code "4"} into a {@code long} as 4 — while a {@code Boolean}, {@code Integer} or {@code
 * Long} is read by {@link ApiJsonb}, which takes only JSON true or false, or a whole JSON number.
 */
class RequestBodiesTest {
  @Test
  void noBodyDeclaresAPrimitiveThatWouldTakeAnyValueItsLenientWay() {
    Set<Class<?>> bodies = bodyClasses();
    assertThat(bodies).as("body classes found").hasSizeGreaterThan(20);

    Set<String> primitive = new TreeSet<>();
    for (Class<?> body : bodies) {
      for (Class<?> type = body;
          type != null && type != Object.class;
          type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers()) && field.getType().isPrimitive()) {
            primitive.add(type.getName() + "." + field.getName());
          }
        }
      }
    }
    assertThat(primitive)
        .as("primitive properties of request bodies (declare Boolean, Integer, Long)")
        .isEmpty();
  }

  /** The classes of the bodies of every operation, with the classes of Plenary they hold. */
  private static Set<Class<?>> bodyClasses() {
    Deque<Type> todo = new ArrayDeque<>();
    RestResources.operations()
        .flatMap(operation -> List.of(operation.getParameters()).stream())
        .filter(RequestBodiesTest::isBody)
        .forEach(parameter -> todo.add(parameter.getParameterizedType()));
    Set<Class<?>> found = new HashSet<>();
    while (!todo.isEmpty()) {
      Type type = todo.pop();
      if (type instanceof ParameterizedType generic) {
        todo.add(generic.getRawType());
        todo.addAll(List.of(generic.getActualTypeArguments()));
      } else if (type instanceof GenericArrayType array) {
        todo.add(array.getGenericComponentType());
      } else if (type instanceof WildcardType wildcard) {
        todo.addAll(List.of(wildcard.getUpperBounds()));
      } else if (type instanceof Class<?> arrayClass && arrayClass.isArray()) {
        todo.add(arrayClass.getComponentType());
      } else if (type instanceof Class<?> plain
          && plain.getName().startsWith("org.plenary.")
          && !plain.isEnum()
          && found.add(plain)) {
        for (Class<?> c = plain; c != null && c != Object.class; c = c.getSuperclass()) {
          for (Field field : c.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
              todo.add(field.getGenericType());
            }
          }
        }
      }
    }
    return found;
  }

  /** A parameter JAX-RS binds from the body: one no JAX-RS annotation binds otherwise. */
  private static boolean isBody(Parameter parameter) {
    for (Annotation annotation : parameter.getAnnotations()) {
      if (annotation.annotationType().getPackageName().startsWith("jakarta.ws.rs")) {
        return false;
      }
    }
    return true;
  }
}
