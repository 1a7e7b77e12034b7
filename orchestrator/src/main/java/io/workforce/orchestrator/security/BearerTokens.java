package io.workforce.orchestrator.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code Authorization: Bearer <token>}: robot tokens ({@code wfr_…}) and personal API tokens
 * ({@code wfp_…}). Used by Spring Security's {@code AuthenticationFilter}: {@link #convert} reads
 * the header, this provider finds who holds the token. A bad token is a 401, never a fall-back to
 * the session.
 */
@Component
class BearerTokens implements AuthenticationProvider {

  static final String ROBOT_PREFIX = "wfr_";
  static final String PERSONAL_PREFIX = "wfp_";

  private final RobotTokenVerifier robots;
  private final PersonalTokenVerifier people;

  BearerTokens(RobotTokenVerifier robots, PersonalTokenVerifier people) {
    this.robots = robots;
    this.people = people;
  }

  /**
   * True when the request carries a bearer token (such requests need no CSRF token: no cookie is
   * involved).
   */
  static boolean present(HttpServletRequest request) {
    String h = request.getHeader("Authorization");
    return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  /** The pending authentication of the request's bearer token, or null without one. */
  static Authentication convert(HttpServletRequest request) {
    return present(request)
        ? new Pending(request.getHeader("Authorization").substring(7).trim())
        : null;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String token = (String) authentication.getCredentials();
    Optional<? extends Caller> caller =
        token.startsWith(ROBOT_PREFIX)
            ? robots.verify(token)
            : token.startsWith(PERSONAL_PREFIX) ? people.verify(token) : Optional.empty();
    return caller
        .map(CallerAuthentication::new)
        .orElseThrow(() -> new BadCredentialsException("the token is unknown, expired or revoked"));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return Pending.class.isAssignableFrom(authentication);
  }

  /** A token not yet checked. Its toString never shows the token. */
  static final class Pending extends AbstractAuthenticationToken {

    private final String token;

    Pending(String token) {
      super(List.of());
      this.token = token;
    }

    @Override
    public Object getCredentials() {
      return token;
    }

    @Override
    public Object getPrincipal() {
      return "bearer";
    }

    @Override
    public String toString() {
      return "BearerToken[***]";
    }
  }
}
