package org.plenary.core.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the application is deployed and its database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  static final String NAME = "plenary-database";

  @Resource(lookup = DatabaseMigrations.DATASOURCE)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      return HealthCheckResponse.named(NAME).status(connection.isValid(2)).build();
    } catch (SQLException e) {
      return HealthCheckResponse.named(NAME).down().withData("error", e.getMessage()).build();
    }
  }
}
