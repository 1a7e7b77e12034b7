package io.workforce.orchestrator.security;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controller methods take the {@link Caller} (or {@link Caller.Robot}) the access filter established. */
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
  public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                WebDataBinderFactory binderFactory) {
    Object caller = request.getAttribute(AccessFilter.CALLER, RequestAttributes.SCOPE_REQUEST);
    if (!parameter.getParameterType().isInstance(caller)) {
      throw new IllegalStateException("endpoint expects a " + parameter.getParameterType().getSimpleName()
          + " but the access rules let " + caller + " in: fix EndpointRules");
    }
    return caller;
  }
}
