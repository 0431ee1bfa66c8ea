package org.plenary.web.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The API's resource classes and operations, found in the compiled classes of its package. */
final class RestResources {
  private static final List<Class<? extends Annotation>> HTTP_METHODS =
      List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class);

  private RestResources() {}

  /** Every operation (a method with an HTTP method's annotation) of every resource class. */
  static Stream<Method> operations() {
    return resources().stream()
        .flatMap(type -> Stream.of(type.getDeclaredMethods()))
        .filter(m -> HTTP_METHODS.stream().anyMatch(m::isAnnotationPresent));
  }

  /** Every class of the REST package annotated with {@code @Path}. */
  static List<Class<?>> resources() {
    try {
      java.nio.file.Path root =
          Paths.get(Audience.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("org/plenary/web/rest"))) {
        return files
            .map(root::relativize)
            .map(java.nio.file.Path::toString)
            .filter(name -> name.endsWith(".class") && !name.contains("$"))
            .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
            .map(RestResources::load)
            .filter(type -> type.isAnnotationPresent(Path.class))
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, RestResources.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
