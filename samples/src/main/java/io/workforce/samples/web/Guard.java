package io.workforce.samples.web;

import java.util.Optional;

/**
 * The login check in front of every page of a system: logged in, or off to the login page (saying
 * why).
 */
public final class Guard {

  /** A page that needs a logged-in session. */
  @FunctionalInterface
  public interface Page {
    Response render(Session session) throws Exception;
  }

  private final Sessions sessions;
  private final String userAttribute;
  private final String loginPath;
  private final String expiredPath;

  /**
   * @param userAttribute the session attribute set at login
   * @param loginPath where a visitor without a session goes
   * @param expiredPath where a browser whose session ended (idle timeout) goes, so the page can say
   *     so
   */
  public Guard(Sessions sessions, String userAttribute, String loginPath, String expiredPath) {
    this.sessions = sessions;
    this.userAttribute = userAttribute;
    this.loginPath = loginPath;
    this.expiredPath = expiredPath;
  }

  /** The logged-in session of the request, if any (touched: its idle time starts again). */
  public Optional<Session> session(Request r) {
    return sessions.find(r).filter(s -> s.get(userAttribute) != null);
  }

  /** Renders {@code page} for a logged-in session, else redirects to the login page. */
  public Response secured(Request r, Page page) throws Exception {
    Optional<Session> s = session(r);
    if (s.isPresent()) {
      return page.render(s.get());
    }
    return Response.redirect(sessions.hadSession(r) ? expiredPath : loginPath);
  }
}
