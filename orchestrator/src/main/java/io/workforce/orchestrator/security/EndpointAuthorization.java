package io.workforce.orchestrator.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Spring Security's authorization of every request, decided by {@link EndpointRules} alone. */
final class EndpointAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

  @Override
  public AuthorizationResult authorize(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    Access access = accessFor(context.getRequest());
    return new AuthorizationDecision(
        access.anyone() || access.allows(caller(authentication.get())));
  }

  static Access accessFor(HttpServletRequest request) {
    return EndpointRules.accessFor(
        request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()));
  }

  static Caller caller(Authentication authentication) {
    return authentication != null && authentication.getPrincipal() instanceof Caller c
        ? c
        : new Caller.Anonymous();
  }
}
