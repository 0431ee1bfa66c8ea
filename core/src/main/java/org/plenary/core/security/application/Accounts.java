package org.plenary.core.security.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.people.domain.Person;
import org.plenary.core.security.domain.Account;
import org.plenary.core.security.domain.Role;
import org.plenary.core.security.domain.Roles;

/** Opens and looks up accounts. Passwords are hashed with PBKDF2 before they are stored. */
@Stateless
public class Accounts {
  @PersistenceContext EntityManager em;
  @Inject Pbkdf2PasswordHash hash;
  @Inject Clock clock;
  @Inject AuditLog audit;

  /** The run-as identity of start-up work (see payara-web.xml); never an account's name. */
  public static final String SYSTEM_PRINCIPAL = "plenary-system";

  @RolesAllowed(Roles.SECRETARIAT)
  public Account open(
      @NotBlank @Size(max = 100) String username,
      @NotNull @Size(min = 8, max = 200) String password,
      @NotNull Person person,
      @NotEmpty Set<Role> roles) {
    if (SYSTEM_PRINCIPAL.equalsIgnoreCase(username.strip())) {
      throw new IllegalArgumentException("reserved user name");
    }
    Account account =
        Account.open(
            username, hash.generate(password.toCharArray()), person, roles, clock.instant());
    em.persist(account);
    audit.record(AuditAction.ACCOUNT_OPENED, AuditObjectType.ACCOUNT, username, "roles " + roles);
    return account;
  }

  public Optional<Account> find(@NotBlank String username) {
    return em.createQuery("select a from Account a where a.username = :username", Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }
}
