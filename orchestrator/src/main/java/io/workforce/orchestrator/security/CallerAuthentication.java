package io.workforce.orchestrator.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Spring Security's view of a {@link Caller}: the caller is the principal, its roles (or {@code
 * ROLE_ROBOT}) the authorities. There are never credentials in it.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

  private final Caller caller;

  public CallerAuthentication(Caller caller) {
    super(authorities(caller));
    this.caller = caller;
    setAuthenticated(true);
  }

  @Override
  public Caller getPrincipal() {
    return caller;
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public String getName() {
    return caller.actor();
  }

  private static List<GrantedAuthority> authorities(Caller caller) {
    List<GrantedAuthority> a = new ArrayList<>();
    if (caller instanceof Caller.Robot) {
      a.add(new SimpleGrantedAuthority("ROLE_ROBOT"));
    } else if (caller instanceof Caller.User u) {
      u.roles().forEach(r -> a.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
    }
    return a;
  }
}
