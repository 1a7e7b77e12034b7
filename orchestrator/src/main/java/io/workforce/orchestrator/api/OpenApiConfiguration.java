package io.workforce.orchestrator.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.workforce.orchestrator.security.Caller;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title, and the caller parameter (set by the access filter) hidden from it. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class, Caller.Robot.class, Caller.Admin.class,
        Caller.Anonymous.class);
  }

  @Bean
  OpenAPI workforceOpenApi() {
    return new OpenAPI().info(new Info().title("Workforce orchestrator API").version("v1")
        .description("Robots, jobs, dispatch, schedules, work queues, credential vault. Errors are RFC 9457 "
            + "problem details. Robots authenticate with their own token (Bearer)."));
  }
}
