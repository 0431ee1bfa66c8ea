package org.plenary.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where Flyway finds the migrations of one database product besides the common ones. */
class DatabaseMigrationsTest {
  @Test
  void findsEachDatabaseProductsOwnMigrationsUnderItsVendorFolder() {
    assertThat(DatabaseMigrations.vendorLocation("PostgreSQL")).isEqualTo("db/vendor/postgresql");
    assertThat(DatabaseMigrations.vendorLocation("H2")).isEqualTo("db/vendor/h2");
  }
}
