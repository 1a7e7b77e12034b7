package io.workforce.orchestrator.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.workforce.orchestrator.security.Caller;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and security schemes; the caller parameter (set by Spring Security) is hidden. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class, Caller.Robot.class, Caller.User.class,
        Caller.Anonymous.class);
  }

  @Bean
  OpenAPI workforceOpenApi() {
    return new OpenAPI().info(new Info().title("Workforce orchestrator API").version("v1")
            .description("Robots, jobs, dispatch, schedules, work queues, credential vault, users, audit. Errors are "
                + "RFC 9457 problem details. People log in (session cookie + CSRF header) or send a personal API "
                + "token; robots send their own token. Who may call what: docs/security.md."))
        .components(new Components()
            .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("personal API token (wfp_…) or robot token (wfr_…)"))
            .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("WORKFORCE_SESSION")
                .description("log-in session (POST /api/v1/auth/login); unsafe calls also need header X-XSRF-TOKEN")))
        .addSecurityItem(new SecurityRequirement().addList("token"))
        .addSecurityItem(new SecurityRequirement().addList("session"));
  }
}
