package org.plenary.core.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /** Migrations for every database: portable between H2 and PostgreSQL. */
  static final String COMMON = "db/migration";

  private static final String VENDORS = "db/vendor/";
  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = DATASOURCE)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    List<String> locations = new ArrayList<>(List.of("classpath:" + COMMON));
    String vendor = vendorLocation(vendor());
    if (getClass().getClassLoader().getResource(vendor) != null) {
      locations.add("classpath:" + vendor);
    }
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations(locations.toArray(String[]::new))
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

  /**
   * Where the migrations of one database product live besides the common ones (e.g. PostgreSQL's
   * full-text index): {@code db/vendor/postgresql}, {@code db/vendor/h2}. Resolved here because
   * Flyway itself has no {@code {vendor}} placeholder in locations (that is Spring Boot's); a
   * vendor without a folder simply has no extra migrations.
   */
  static String vendorLocation(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    String vendor = name.contains("postgres") ? "postgresql" : name.replaceAll("[^a-z0-9]", "");
    return VENDORS + vendor;
  }

  private String vendor() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell which database this is", e);
    }
  }
}
