package io.workforce.orchestrator.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, as Spring Security established it (the principal of the request's
 * authentication). Controllers take a {@code Caller}, a {@link User} or a {@link Robot} parameter
 * to learn it. Serializable because a person's log-in lives in the shared session store.
 */
public sealed interface Caller extends Serializable {

  /** A name for history and audit rows: {@code robot:<name>}, the username, {@code anonymous}. */
  String actor();

  /**
   * The caller of the current request (anonymous outside a request, e.g. in a schedule's thread).
   */
  static Caller current() {
    return EndpointAuthorization.caller(SecurityContextHolder.getContext().getAuthentication());
  }

  /** An enrolled robot (token only; robots are not users). */
  record Robot(long robotId, String name) implements Caller {
    @Override
    public String actor() {
      return "robot:" + name;
    }
  }

  /**
   * A person: logged in with a session, or calling with a personal API token.
   *
   * @param id the user's id
   * @param username their log-in name
   * @param displayName their name as shown
   * @param roles their roles
   * @param language zh or en
   * @param authenticatedAt when they logged in (sessions) or when this request came (tokens)
   * @param tokenId the personal API token used, or null for a session
   * @param sessionEpoch the user's session epoch at log-in: a password change or a disable raises
   *     it, which ends every older session
   */
  record User(
      long id,
      String username,
      String displayName,
      Set<Role> roles,
      String language,
      Instant authenticatedAt,
      Long tokenId,
      int sessionEpoch)
      implements Caller {

    public User {
      roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    @Override
    public String actor() {
      return username;
    }

    public boolean has(Role role) {
      return roles.contains(role);
    }

    /** Supervisors and administrators see every run; clerks only their own. */
    public boolean seesEverything() {
      return has(Role.SUPERVISOR) || has(Role.ADMINISTRATOR);
    }
  }

  /** Nobody in particular (public endpoints). */
  record Anonymous() implements Caller {
    @Override
    public String actor() {
      return "anonymous";
    }
  }
}
