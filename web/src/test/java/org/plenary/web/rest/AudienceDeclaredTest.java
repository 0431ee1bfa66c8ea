package org.plenary.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every REST operation names its audience, which {@link Audience} enforces before anything else.
 */
class AudienceDeclaredTest {
  private static final List<Class<? extends Annotation>> HTTP_METHODS =
      List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);

  @Test
  void everyOperationDeclaresWhoMayCallIt() throws Exception {
    List<Class<?>> resources = resources();
    assertThat(resources).as("resource classes found").hasSizeGreaterThan(5);
    List<String> undeclared =
        resources.stream()
            .flatMap(type -> Stream.of(type.getDeclaredMethods()))
            .filter(m -> HTTP_METHODS.stream().anyMatch(m::isAnnotationPresent))
            .filter(m -> Audience.callers(m, m.getDeclaringClass()) == null)
            .map(Method::toString)
            .toList();
    assertThat(undeclared).as("operations whose method and class name no @Callers").isEmpty();
  }

  private static List<Class<?>> resources() throws IOException, URISyntaxException {
    java.nio.file.Path root =
        Paths.get(Audience.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("org/plenary/web/rest"))) {
      return files
          .map(root::relativize)
          .map(java.nio.file.Path::toString)
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .map(AudienceDeclaredTest::load)
          .filter(type -> type.isAnnotationPresent(Path.class))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, AudienceDeclaredTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
