package io.workforce.orchestrator.testing;

/** The two databases every integration test runs on. */
public enum TestDb {
  H2,
  POSTGRES
}
