package io.workforce.orchestrator.user;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.api.TooManyRequestsException;
import io.workforce.orchestrator.api.UnauthorizedException;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.security.Caller;
import io.workforce.orchestrator.security.CallerAuthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfLogoutHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Service;

/**
 * Log-in and log-out of people, the Spring Security way: the password is checked by a {@link
 * DaoAuthenticationProvider} (Argon2 hashes, the same work for unknown names), the session gets a
 * new id and a new CSRF token, and the log-in is saved in the shared session store. Failures count
 * towards the lock-out ({@link LoginThrottle}); every attempt is audited.
 */
@Service
public class LoginService {

  private final UserStore store;
  private final Clock clock;
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final ProviderManager passwords;
  private final SessionAuthenticationStrategy sessionStrategy;
  private final SecurityContextRepository contexts;
  private final CsrfLogoutHandler csrfLogout;
  private final ErasedCredentials erased;

  LoginService(
      UserStore store,
      Clock clock,
      LoginThrottle throttle,
      AuditLog audit,
      PasswordEncoder encoder,
      SessionAuthenticationStrategy sessionStrategy,
      SecurityContextRepository contexts,
      CookieCsrfTokenRepository csrf,
      ErasedCredentials erased) {
    this.erased = erased;
    this.store = store;
    this.clock = clock;
    this.throttle = throttle;
    this.audit = audit;
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new Accounts(store, clock));
    provider.setPasswordEncoder(encoder);
    provider.setUserDetailsPasswordService(new Accounts(store, clock));
    this.passwords = new ProviderManager(provider);
    this.sessionStrategy = sessionStrategy;
    this.contexts = contexts;
    this.csrfLogout = new CsrfLogoutHandler(csrf);
  }

  /**
   * Checks the password and starts a session; 401 for a wrong name or password, 429 while locked.
   */
  public Me login(
      String username, String password, HttpServletRequest request, HttpServletResponse response) {
    if (username == null || username.isBlank() || username.length() > 100) {
      throw InvalidRequestException.field("username", "须为 1-100 个字符", "must be 1-100 characters");
    }
    if (password == null || password.isEmpty() || password.length() > 256) {
      throw InvalidRequestException.field("password", "须为 1-256 个字符", "must be 1-256 characters");
    }
    String address = LoginThrottle.addressOf(request);
    Optional<LoginThrottle.Lock> lock = throttle.lockFor(username, address);
    if (lock.isPresent()) {
      audit.recordClaimed(
          username,
          "auth.login",
          AuditLog.Outcome.DENIED,
          (lock.get().wholeAddress() ? "address" : "name from this address")
              + " locked until "
              + lock.get().until());
      throw locked(lock.get().wholeAddress(), throttle.secondsLeft(lock.get().until()));
    }
    Authentication checked = null;
    try {
      checked =
          passwords.authenticate(
              UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    } catch (BadCredentialsException e) {
      // an unknown name lands here too, after hashing a dummy password like a known one
    }
    Optional<Account> account = checked == null ? Optional.empty() : store.find(checked.getName());
    if (account.isEmpty() || !account.get().enabled()) {
      throttle.failed(username, address);
      audit.recordClaimed(
          username,
          "auth.login",
          AuditLog.Outcome.FAILED,
          account.isPresent() ? "account disabled" : "wrong user name or password");
      throw new UnauthorizedException(
          "login-failed", Text.of("用户名或密码错误", "wrong user name or password"));
    }
    throttle.succeeded(account.get(), address);
    sessionStrategy.onAuthentication(checked, request, response);
    Caller.User caller = account.get().caller(clock.instant(), null);
    SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    context.setAuthentication(new CallerAuthentication(caller));
    SecurityContextHolder.getContextHolderStrategy().setContext(context);
    contexts.saveContext(context, request, response);
    renderCsrfToken(request);
    audit.record("auth.login", "user:" + username, null);
    return me(caller);
  }

  /** Ends the session (if any) and its CSRF token. */
  public void logout(Caller caller, HttpServletRequest request, HttpServletResponse response) {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    if (caller instanceof Caller.User u && u.tokenId() == null) {
      audit.record("auth.logout", "user:" + u.username(), null);
    }
    new SecurityContextLogoutHandler().logout(request, response, current);
    csrfLogout.logout(request, response, current);
  }

  /**
   * After a password change: the user's other sessions end, this one goes on under the new epoch.
   */
  void keepSession(Caller.User caller, HttpServletRequest request, HttpServletResponse response) {
    Account a = store.find(caller.id()).orElseThrow();
    SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    context.setAuthentication(new CallerAuthentication(a.caller(caller.authenticatedAt(), null)));
    SecurityContextHolder.getContextHolderStrategy().setContext(context);
    contexts.saveContext(context, request, response);
  }

  Me me(Caller.User caller) {
    Account a = store.find(caller.id()).orElseThrow();
    return new Me(
        a.username(),
        a.displayName(),
        a.roles(),
        store.groupsOf(a.id()),
        a.language(),
        a.passwordChangeRequired(),
        caller.tokenId() == null ? "session" : "token",
        caller.authenticatedAt(),
        erased.erasedFor(a.username()));
  }

  /**
   * The refusal while locked: the same for names that exist and names that do not (an address lock
   * names no account at all).
   */
  private static TooManyRequestsException locked(boolean wholeAddress, long seconds) {
    return wholeAddress
        ? new TooManyRequestsException(
            "address-locked",
            Text.of(
                "此地址登录失败次数过多, 已暂停从此地址登录; 请 " + seconds + " 秒后再试",
                "too many failed log-ins from this address: log-ins from it are paused; try again in "
                    + seconds
                    + " s"),
            seconds)
        : new TooManyRequestsException(
            "account-locked",
            Text.of(
                "登录失败次数过多, 此用户名已锁定 (仅限此地址); 请 " + seconds + " 秒后再试, 或请管理员解锁",
                "too many failed log-ins: this name is locked from this address; try again in "
                    + seconds
                    + " s or ask an administrator to unlock it"),
            seconds);
  }

  /**
   * The log-in changed the CSRF token: write the new one into its cookie now, for the page's next
   * call.
   */
  private static void renderCsrfToken(HttpServletRequest request) {
    if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
      token.getToken();
    }
  }
}
