package io.workforce.orchestrator.config;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The beans every feature shares: the clock (tests replace it) and the typed settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkforceProperties.class)
@EnableScheduling
class CoreConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
