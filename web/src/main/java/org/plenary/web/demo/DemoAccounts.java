package org.plenary.web.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenary.core.people.application.People;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.people.domain.OrganisationCategory;
import org.plenary.core.people.domain.Person;
import org.plenary.core.security.application.Accounts;
import org.plenary.core.security.domain.Role;
import org.plenary.core.security.domain.Roles;

/**
 * The demo organisations and one account per role, read from {@code demo-accounts.properties} (the
 * same file {@code plenary.jar} prints when it is ready).
 */
@Stateless
@RunAs(Roles.SECRETARIAT)
public class DemoAccounts {
  static final String RESOURCE = "/org/plenary/web/demo/demo-accounts.properties";

  @Inject People people;
  @Inject Accounts accounts;

  public void load() {
    people.organisation("OECD Secretariat", "OECD", OrganisationCategory.SECRETARIAT, "FR");
    people.organisation(
        "Delegation of Estonia", "EE", OrganisationCategory.OECD_MEMBER_DELEGATION, "EE");
    people.organisation(
        "Delegation of Belgium", "BE", OrganisationCategory.OECD_MEMBER_DELEGATION, "BE");
    people.organisation(
        "Ministry for Digitalisation (Luxembourg)", "MDIGI", OrganisationCategory.MINISTRY, "LU");
    Properties demo = demoAccounts();
    for (String username : usernames(demo)) {
      if (accounts.find(username).isEmpty()) {
        Organisation organisation =
            people.findOrganisation(demo.getProperty(username + ".organisation")).orElseThrow();
        Person person =
            people.register(
                new Person(
                    demo.getProperty(username + ".name"),
                    null,
                    demo.getProperty(username + ".email"),
                    organisation));
        accounts.open(
            username, demo.getProperty(username + ".password"), person, roles(demo, username));
      }
    }
  }

  static Properties demoAccounts() {
    Properties properties = new Properties();
    try (InputStream in = DemoAccounts.class.getResourceAsStream(RESOURCE)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  static Set<String> usernames(Properties demo) {
    return demo.stringPropertyNames().stream()
        .filter(key -> key.endsWith(".password"))
        .map(key -> key.substring(0, key.indexOf('.')))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  private static Set<Role> roles(Properties demo, String username) {
    return Arrays.stream(demo.getProperty(username + ".roles").split(","))
        .map(String::strip)
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }
}
