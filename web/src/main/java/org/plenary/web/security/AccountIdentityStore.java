package org.plenary.web.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.plenary.core.infrastructure.DatabaseMigrations;

/**
 * Checks a user name and password against the {@code account} table: an enabled account, its PBKDF2
 * password hash, its roles, read in one query on every check, so that a disabled or erased account,
 * a changed password or a changed role counts at once, on every node. The PBKDF2 check itself, slow
 * on purpose, runs once per password hash: {@link VerifiedPasswords} remembers which passwords
 * matched which stored hash, so a REST client sending HTTP Basic with every request costs one
 * indexed query, not a PBKDF2 computation and a JNDI look-up of the datasource (what the standard
 * database identity store did, the limit of signed-in comment ingest in issue 8's profile).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
  private static final String ACCOUNT =
      "select a.password_hash, r.role from account a"
          + " left join account_role r on r.account_id = a.id"
          + " where a.username = ? and a.enabled = true";

  @Resource(lookup = DatabaseMigrations.DATASOURCE)
  DataSource dataSource;

  @Inject Pbkdf2PasswordHash hash;

  private final VerifiedPasswords verified = new VerifiedPasswords();

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String user = login.getCaller();
    String password = login.getPasswordAsString();
    if (user == null || user.isEmpty() || password == null) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    String storedHash = null;
    Set<String> roles = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(ACCOUNT)) {
      query.setString(1, user);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          storedHash = rows.getString(1);
          String role = rows.getString(2);
          if (role != null) {
            roles.add(role);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the account of " + user, e);
    }
    if (storedHash == null) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!verified.contains(user, password, storedHash)) {
      if (!hash.verify(password.toCharArray(), storedHash)) {
        return CredentialValidationResult.INVALID_RESULT;
      }
      verified.add(user, password, storedHash);
    }
    return new CredentialValidationResult(user, roles);
  }
}
