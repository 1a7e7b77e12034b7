package io.workforce.orchestrator.security;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controller methods take the {@link Caller} (or a {@link Caller.User} / {@link Caller.Robot})
 * of the request.
 */
@Configuration(proxyBeanMethods = false)
class CallerResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return Caller.class.isAssignableFrom(parameter.getParameterType());
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mav,
      NativeWebRequest request,
      WebDataBinderFactory binderFactory) {
    Caller caller =
        EndpointAuthorization.caller(SecurityContextHolder.getContext().getAuthentication());
    if (!parameter.getParameterType().isInstance(caller)) {
      throw new IllegalStateException(
          "endpoint expects a "
              + parameter.getParameterType().getSimpleName()
              + " but the access rules let "
              + caller.actor()
              + " in: fix EndpointRules");
    }
    return caller;
  }
}
