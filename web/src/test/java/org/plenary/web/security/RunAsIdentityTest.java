package org.plenary.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RunAs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.demo.DemoOutcomes;
import org.plenary.consultation.coordination.infrastructure.CoordinationReminderTimer;
import org.plenary.core.privacy.infrastructure.UnconfirmedExpiryTimer;
import org.plenary.web.demo.DemoData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every bean that runs as the secretariat ({@code @RunAs}) is given the principal of start-up work
 * in glassfish-ejb-jar.xml: without it Payara has no principal to run it as, and the first call it
 * makes to a secured bean is refused ("Client not authorized for this invocation") — the demo
 * data's loader then fails and the platform does not start.
 */
class RunAsIdentityTest {
  private static final Path DESCRIPTOR = Path.of("src/main/webapp/WEB-INF/glassfish-ejb-jar.xml");

  @Test
  void everyBeanRunningAsTheSecretariatHasThePrincipalOfStartUpWork() throws Exception {
    Set<String> runAs = new TreeSet<>();
    for (Class<?> module :
        List.of(
            UnconfirmedExpiryTimer.class,
            DemoOutcomes.class,
            CoordinationReminderTimer.class,
            DemoData.class)) {
      for (String name : classNames(module)) {
        Class<?> type = Class.forName(name, false, getClass().getClassLoader());
        if (type.isAnnotationPresent(RunAs.class)) {
          runAs.add(type.getSimpleName());
        }
      }
    }
    assertThat(runAs)
        .as("beans found in each module")
        .contains(
            "UnconfirmedExpiryTimer", "DemoOutcomes", "CoordinationReminderTimer", "DemoAccounts");

    assertThat(principals()).as("ejb-names given plenary-system").isEqualTo(runAs);
  }

  private static Set<String> principals() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    // its DOCTYPE names a DTD on glassfish.org: never fetched (these machines reach no such host)
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document descriptor = factory.newDocumentBuilder().parse(DESCRIPTOR.toFile());
    Set<String> names = new TreeSet<>();
    NodeList beans = descriptor.getElementsByTagName("ejb");
    for (int i = 0; i < beans.getLength(); i++) {
      Element bean = (Element) beans.item(i);
      Element principal = (Element) bean.getElementsByTagName("principal").item(0);
      if (principal != null && principal.getTextContent().strip().equals("plenary-system")) {
        names.add(bean.getElementsByTagName("ejb-name").item(0).getTextContent().strip());
      }
    }
    return names;
  }

  /** The top-level classes of Plenary in the module (a folder of classes or a jar) of a class. */
  private static List<String> classNames(Class<?> inModule) throws IOException {
    Path location;
    try {
      location = Path.of(inModule.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> files = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> walk = Files.walk(location)) {
        walk.map(file -> location.relativize(file).toString()).forEach(files::add);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
          files.add(entries.nextElement().getName());
        }
      }
    }
    return files.stream()
        .map(file -> file.replace('\\', '/'))
        .filter(
            file ->
                file.startsWith("org/plenary/") && file.endsWith(".class") && !file.contains("$"))
        .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
        .filter(name -> !name.endsWith("package-info") && !name.endsWith("module-info"))
        .toList();
  }
}
