package io.workforce.orchestrator.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Which database we run on. The schema is one for both; only a few statements differ (queue claims
 * use {@code FOR UPDATE SKIP LOCKED} on PostgreSQL).
 */
@Component
public class DatabaseKind {

  private final boolean postgres;
  private final String product;

  DatabaseKind(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      this.product = c.getMetaData().getDatabaseProductName();
    }
    this.postgres = product.toLowerCase().contains("postgres");
  }

  /** True on PostgreSQL, false on H2. */
  public boolean isPostgres() {
    return postgres;
  }

  /** The database product name, for the health page and logs. */
  public String product() {
    return product;
  }
}
