package io.workforce.orchestrator.security;

import io.workforce.orchestrator.config.WorkforceProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates each request and applies {@link EndpointRules}: robots by their token, administrators by the
 * bootstrap admin token (or, when none is configured and {@code workforce.security.local-admin} is on, by
 * calling from this machine). Refusals are problem details (401/403), like every other error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AccessFilter extends OncePerRequestFilter {

  static final String CALLER = AccessFilter.class.getName() + ".caller";

  private final RobotTokenVerifier robots;
  private final WorkforceProperties.Security settings;

  AccessFilter(RobotTokenVerifier robots, WorkforceProperties properties) {
    this.robots = robots;
    this.settings = properties.security();
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return true;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Access access = EndpointRules.accessFor(request.getMethod(), path);
    String token = bearer(request);
    Caller caller;
    if (access == null) {
      refuse(request, response, 403, "没有为此地址声明访问规则", "no access rule is declared for this address");
      return;
    }
    switch (access) {
      case PUBLIC -> caller = new Caller.Anonymous();
      case ROBOT -> {
        Optional<Caller.Robot> robot = token == null ? Optional.empty() : robots.verify(token);
        if (robot.isEmpty()) {
          refuse(request, response, 401, "需要机器人令牌 (Authorization: Bearer <令牌>), 或令牌无效/机器人已停用",
              "a robot token is required (Authorization: Bearer <token>), or the token is invalid or retired");
          return;
        }
        caller = robot.get();
      }
      case ADMIN -> {
        if (!isAdmin(request, token)) {
          refuse(request, response, 401, "需要管理员令牌 (Authorization: Bearer <管理员令牌>)",
              "an administrator token is required (Authorization: Bearer <admin token>)");
          return;
        }
        caller = new Caller.Admin("admin");
      }
      default -> throw new IllegalStateException("unhandled access " + access);
    }
    request.setAttribute(CALLER, caller);
    chain.doFilter(request, response);
  }

  private boolean isAdmin(HttpServletRequest request, String token) {
    String adminToken = settings.adminToken();
    if (adminToken != null && !adminToken.isEmpty()) {
      return Tokens.same(adminToken, token);
    }
    return settings.localAdmin() && isLoopback(request.getRemoteAddr());
  }

  private static boolean isLoopback(String address) {
    try {
      return address != null && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String bearer(HttpServletRequest request) {
    String h = request.getHeader("Authorization");
    return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).trim() : null;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String zh, String en) throws IOException {
    boolean english = "en".equals(request.getLocale().getLanguage());
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String detail = (english ? en : zh).replace("\"", "'");
    response.getWriter().write("{\"type\":\"https://workforce.io/problems/" + (status == 401 ? "unauthorized" : "forbidden")
        + "\",\"title\":\"" + (status == 401 ? "Unauthorized" : "Forbidden") + "\",\"status\":" + status
        + ",\"detail\":\"" + detail + "\"}");
  }
}
