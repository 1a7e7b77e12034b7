package io.workforce.orchestrator.session;

import org.springframework.boot.session.autoconfigure.SessionTimeout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People's sessions in the database every node shares (table {@code spring_session}, from Flyway),
 * behind {@link SecretSessions}. Declaring the repository here is what Spring Boot's own JDBC
 * session set-up would do, with the wrapper around it; the cookie (name, flags, timeout) stays
 * configured by {@code server.servlet.session.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionStoreConfiguration {

  private final JdbcIndexedSessionRepository store;

  SessionStoreConfiguration(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, SessionTimeout timeout) {
    TransactionTemplate tx = new TransactionTemplate(transactions);
    tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.store = new JdbcIndexedSessionRepository(jdbc, tx);
    store.setTableName("spring_session");
    if (timeout.getTimeout() != null) {
      store.setDefaultMaxInactiveInterval(timeout.getTimeout());
    }
  }

  @Bean
  SecretSessions sessionRepository() {
    return new SecretSessions(store);
  }

  /** Expired sessions leave the table (every node may do it: it is one DELETE). */
  @Scheduled(cron = "0 * * * * *")
  void cleanUpExpiredSessions() {
    store.cleanUpExpiredSessions();
  }
}
