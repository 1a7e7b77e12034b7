package io.workforce.orchestrator.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The session's log-in, re-read from the users table on every request that uses it (see {@link
 * SessionUsers}). A person who was disabled, or whose password changed since they logged in, is
 * logged out here.
 */
final class RefreshingSecurityContextRepository implements SecurityContextRepository {

  private final HttpSessionSecurityContextRepository sessions =
      new HttpSessionSecurityContextRepository();
  private final SessionUsers users;

  RefreshingSecurityContextRepository(SessionUsers users) {
    this.users = users;
  }

  @Override
  @SuppressWarnings("deprecation")
  public SecurityContext loadContext(HttpRequestResponseHolder holder) {
    return refresh(sessions.loadContext(holder), holder.getRequest());
  }

  @Override
  public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
    DeferredSecurityContext stored = sessions.loadDeferredContext(request);
    return new DeferredSecurityContext() {
      private SecurityContext context;
      private boolean generated;

      @Override
      public SecurityContext get() {
        if (context == null) {
          SecurityContext original = stored.get();
          context = refresh(original, request);
          // "generated" means: no log-in here, let the next repository try (an ended session counts
          // as none)
          generated = stored.isGenerated() || context.getAuthentication() == null;
        }
        return context;
      }

      @Override
      public boolean isGenerated() {
        get();
        return generated;
      }
    };
  }

  @Override
  public void saveContext(
      SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
    sessions.saveContext(context, request, response);
  }

  @Override
  public boolean containsContext(HttpServletRequest request) {
    return sessions.containsContext(request);
  }

  private SecurityContext refresh(SecurityContext context, HttpServletRequest request) {
    if (!(context.getAuthentication() != null
        && context.getAuthentication().getPrincipal() instanceof Caller.User user)) {
      return context;
    }
    Optional<Caller.User> now = users.refresh(user);
    if (now.isEmpty()) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    }
    return now.get().equals(user)
        ? context
        : new SecurityContextImpl(new CallerAuthentication(now.get()));
  }
}
