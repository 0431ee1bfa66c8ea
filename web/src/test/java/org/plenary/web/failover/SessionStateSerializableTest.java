package org.plenary.web.failover;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the data grid replicates with the session (every {@code @SessionScoped} bean, and every
 * {@code @ViewScoped} bean, which lives in the session) can cross to another node: each is
 * Serializable, no field holds a class that is not, and no injected field is transient (it would
 * arrive null on the other node: Weld does not inject again after deserialization).
 */
class SessionStateSerializableTest {
  @Test
  void everyBeanKeptInTheSessionCanMoveToAnotherNode() throws Exception {
    List<Class<?>> beans =
        webClasses().stream()
            .filter(
                type ->
                    type.isAnnotationPresent(SessionScoped.class)
                        || type.isAnnotationPresent(ViewScoped.class))
            .toList();
    assertThat(beans).as("session and view beans found").hasSizeGreaterThan(10);

    Set<String> problems = new TreeSet<>();
    Set<Class<?>> seen = new HashSet<>();
    for (Class<?> bean : beans) {
      check(bean, bean.getSimpleName(), problems, seen);
    }
    assertThat(problems).isEmpty();
  }

  /**
   * Checks a class of ours and, through its fields (their types and the type arguments of
   * collections), every class of ours it holds. Java's own types are taken as they declare
   * themselves.
   */
  private static void check(Class<?> type, String path, Set<String> problems, Set<Class<?>> seen) {
    if (!type.getName().startsWith("org.plenary.") || isService(type) || !seen.add(type)) {
      return;
    }
    if (!type.isInterface() && !type.isEnum() && !Serializable.class.isAssignableFrom(type)) {
      problems.add(path + ": " + type.getName() + " is not Serializable");
    }
    for (Class<?> declaring = type;
        declaring != null && declaring != Object.class;
        declaring = declaring.getSuperclass()) {
      for (Field field : declaring.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        String name = path + "." + field.getName();
        if (Modifier.isStatic(modifiers)) {
          continue;
        }
        if (Modifier.isTransient(modifiers)) {
          if (field.isAnnotationPresent(Inject.class)) {
            problems.add(name + " is injected and transient: null after a move to another node");
          }
          continue;
        }
        if (field.isAnnotationPresent(Inject.class)) {
          continue; // a client proxy or an EJB reference: serializable by the container
        }
        for (Class<?> held : heldTypes(field.getGenericType())) {
          check(held, name, problems, seen);
        }
      }
    }
  }

  /** A service: what a field holds is the container's proxy to it, which is serializable. */
  private static boolean isService(Class<?> type) {
    return type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class);
  }

  private static List<Class<?>> heldTypes(Type type) {
    List<Class<?>> held = new ArrayList<>();
    if (type instanceof Class<?> plain) {
      held.add(plain.isArray() ? plain.getComponentType() : plain);
    } else if (type instanceof ParameterizedType generic) {
      held.addAll(heldTypes(generic.getRawType()));
      for (Type argument : generic.getActualTypeArguments()) {
        held.addAll(heldTypes(argument));
      }
    }
    return held;
  }

  private static List<Class<?>> webClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(KeptInput.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root.resolve("org/plenary/web"))) {
      return files
          .map(file -> root.relativize(file).toString())
          .filter(file -> file.endsWith(".class") && !file.contains("$"))
          .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
          .map(SessionStateSerializableTest::load)
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
