package io.workforce.orchestrator.security;

import io.workforce.orchestrator.config.WorkforceProperties;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;

/**
 * Spring Security for the whole server. People log in with a session (cookie {@code
 * WORKFORCE_SESSION}, kept in the database so that every node knows it) and send a CSRF token with
 * every unsafe call; scripts and robots send a bearer token instead and need no CSRF token. Who may
 * call what is decided by {@link EndpointRules} alone; refusals are problem details ({@link
 * ProblemResponses}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

  /**
   * The CSRF token lives in a cookie the control center's script reads (the usual single-page-app
   * set-up).
   */
  @Bean
  CookieCsrfTokenRepository csrfTokens(WorkforceProperties properties) {
    CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
    tokens.setCookiePath("/");
    boolean secure = properties.security().secureCookies();
    tokens.setCookieCustomizer(c -> c.sameSite("Strict").secure(secure));
    return tokens;
  }

  @Bean
  SecurityContextRepository securityContexts(SessionUsers users) {
    return new DelegatingSecurityContextRepository(
        new RefreshingSecurityContextRepository(users),
        new RequestAttributeSecurityContextRepository());
  }

  /** What a log-in does to the session: a new session id (no fixation) and a new CSRF token. */
  @Bean
  SessionAuthenticationStrategy sessionAuthentication(CookieCsrfTokenRepository csrf) {
    return new CompositeSessionAuthenticationStrategy(
        List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrf)));
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      BearerTokens tokens,
      ProblemResponses problems,
      CookieCsrfTokenRepository csrf,
      SecurityContextRepository contexts,
      WorkforceProperties properties)
      throws Exception {
    AuthenticationFilter bearer =
        new AuthenticationFilter(new ProviderManager(tokens), BearerTokens::convert);
    bearer.setSuccessHandler((request, response, authentication) -> {});
    bearer.setFailureHandler(problems);
    http.authorizeHttpRequests(
            a ->
                a
                    // an async or error dispatch belongs to a request that was already authorized
                    .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                    .permitAll()
                    .anyRequest()
                    .access(new EndpointAuthorization()))
        .csrf(
            c ->
                c.spa()
                    .csrfTokenRepository(csrf)
                    .ignoringRequestMatchers(BearerTokens::present)
                    .ignoringRequestMatchers("/api/v1/robot/**"))
        .securityContext(c -> c.securityContextRepository(contexts))
        .requestCache(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .headers(
            h ->
                h.contentSecurityPolicy(
                    c -> c.policyDirectives(properties.security().contentSecurityPolicy())))
        .addFilterBefore(bearer, AnonymousAuthenticationFilter.class);
    return http.build();
  }
}
