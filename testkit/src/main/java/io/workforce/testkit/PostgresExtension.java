package io.workforce.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension for {@code *IT} tests: injects the JVM-wide {@link LocalPostgres} (started on
 * first use, stopped when the test JVM exits) into any test or lifecycle method parameter of that
 * type.
 *
 * <pre>{@code @ExtendWith(PostgresExtension.class)
 * class QueueClaimIT {
 *   @Test void claimsOnce(LocalPostgres pg) { ... pg.jdbcUrl() ... }
 * }}</pre>
 */
public final class PostgresExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalPostgres.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return LocalPostgres.shared();
  }
}
