package io.workforce.orchestrator.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.workforce.orchestrator.security.Caller;
import io.workforce.orchestrator.security.EndpointRules;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title and security schemes, and on every operation who may call it ({@code
 * x-workforce-access}, from {@link EndpointRules}); the caller parameter (set by Spring Security)
 * is hidden.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  /** The extension that names an operation's access. */
  static final String ACCESS = "x-workforce-access";

  static {
    SpringDocUtils.getConfig()
        .addRequestWrapperToIgnore(
            Caller.class, Caller.Robot.class, Caller.User.class, Caller.Anonymous.class);
  }

  @Bean
  OpenAPI workforceOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Workforce orchestrator API")
                .version("v1")
                .description(
                    "Robots, jobs, dispatch, schedules, work queues, credential vault, users, audit. Errors are "
                        + "RFC 9457 problem details. People log in (session cookie + CSRF header) or send a personal API "
                        + "token; robots send their own token. Who may call what: docs/security.md."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "token",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("personal API token (wfp_…) or robot token (wfr_…)"))
                .addSecuritySchemes(
                    "session",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("WORKFORCE_SESSION")
                        .description(
                            "log-in session (POST /api/v1/auth/login); unsafe calls also need header X-XSRF-TOKEN")))
        .addSecurityItem(new SecurityRequirement().addList("token"))
        .addSecurityItem(new SecurityRequirement().addList("session"));
  }

  /**
   * Each operation names its access, e.g. {@code "supervisor, administrator"}, {@code "robot"},
   * {@code "public"}.
   */
  @Bean
  OpenApiCustomizer accessOfEachOperation() {
    return api ->
        api.getPaths()
            .forEach(
                (path, item) ->
                    item.readOperationsMap()
                        .forEach(
                            (method, op) -> {
                              String access =
                                  EndpointRules.accessFor(method.name(), path).describe();
                              op.addExtension(ACCESS, access);
                              String about = "Allowed: " + access + ".";
                              if (op.getDescription() == null) {
                                op.setDescription(about);
                              } else if (!op.getDescription().endsWith(about)) {
                                op.setDescription(op.getDescription() + "\n\n" + about);
                              }
                            }));
  }
}
