package io.workforce.orchestrator.config;

import java.time.Clock;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The beans every feature shares: the clock (tests replace it) and the typed settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkforceProperties.class)
@EnableScheduling
class CoreConfiguration {

  /** The language of answers: the request's Accept-Language, Chinese without one. */
  @Bean
  LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    return resolver;
  }

  /**
   * The system clock, unless a clock was registered before start (tests register a hand-moved one).
   */
  @Bean
  @ConditionalOnMissingBean(Clock.class)
  Clock clock() {
    return Clock.systemUTC();
  }
}
