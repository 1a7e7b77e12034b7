package io.workforce.orchestrator.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * The control center's scripts, styles, images and webjars are public files that every page load
 * asks for (about twenty ES modules): they bypass the security filter chain, so that no request for
 * them looks up or touches a session in the database. The page itself ({@code /}) and every {@code
 * /api} call still go through it (with the Content-Security-Policy header and the {@code
 * EndpointRules}).
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets {

  @Bean
  WebSecurityCustomizer staticAssetsNeedNoSession() {
    return web -> web.ignoring().requestMatchers(HttpMethod.GET, "/app/**", "/webjars/**");
  }
}
