package org.plenary.core.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The application's one datasource, configured by MicroProfile Config ({@code PLENARY_DB_*}
 * environment variables, H2 under the data folder by default), and its schema, which only Flyway
 * changes. Runs before the application accepts requests.
 */
@DataSourceDefinition(
    name = DatabaseMigrations.DATASOURCE,
    className = "${MPCONFIG=plenary.db.datasource-class}",
    url = "${MPCONFIG=plenary.db.url}",
    user = "${MPCONFIG=plenary.db.user}",
    password = "${MPCONFIG=plenary.db.password}",
    minPoolSize = 2,
    maxPoolSize = 64)
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {
  public static final String DATASOURCE = "java:app/jdbc/plenary";
  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = DATASOURCE)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + flyway.info().current().getVersion()
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
