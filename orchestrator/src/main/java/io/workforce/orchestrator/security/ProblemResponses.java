package io.workforce.orchestrator.security;

import io.workforce.orchestrator.api.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Security's refusals as RFC 9457 problem details, like every other error: 401 (not logged
 * in, bad token), 403 (role not allowed, missing CSRF token) and 400 (an address the firewall
 * rejects). Each names what is wrong and what to do, in the caller's language.
 */
@Component
class ProblemResponses
    implements AuthenticationEntryPoint,
        AccessDeniedHandler,
        AuthenticationFailureHandler,
        RequestRejectedHandler {

  private static final String TYPE_BASE = "https://workforce.io/problems/";

  private final JsonMapper json;

  ProblemResponses(JsonMapper json) {
    this.json = json;
  }

  /** Someone not logged in called an endpoint that needs a person or a robot. */
  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"workforce\"");
    if (EndpointAuthorization.accessFor(request).robots()) {
      write(
          request,
          response,
          401,
          "robot-token-required",
          Text.of(
              "需要机器人令牌 (Authorization: Bearer <令牌>)",
              "a robot token is required (Authorization: Bearer <token>)"));
      return;
    }
    write(
        request,
        response,
        401,
        "unauthenticated",
        Text.of(
            "请先登录 (POST /api/v1/auth/login), 或使用个人 API 令牌 (Authorization: Bearer wfp_…)",
            "log in first (POST /api/v1/auth/login) or send a personal API token (Authorization: Bearer wfp_…)"));
  }

  /** A bearer token that is unknown, expired or revoked. */
  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"workforce\", error=\"invalid_token\"");
    write(
        request,
        response,
        401,
        "invalid-token",
        Text.of(
            "令牌无效、已过期或已被撤销 (机器人已停用时其令牌也失效)",
            "the token is unknown, expired or revoked (a retired robot's token stops working too)"));
  }

  /**
   * A known caller without the role, or an unsafe request from a browser session without its CSRF
   * token.
   */
  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    if (e instanceof CsrfException) {
      write(
          request,
          response,
          403,
          "csrf",
          Text.of(
              "缺少或无效的 CSRF 令牌: 请在请求头 X-XSRF-TOKEN 中附上 Cookie XSRF-TOKEN 的值 (GET /api/v1/auth/csrf 可获得)",
              "missing or invalid CSRF token: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header "
                  + "(GET /api/v1/auth/csrf sets one)"));
      return;
    }
    Caller caller =
        EndpointAuthorization.caller(SecurityContextHolder.getContext().getAuthentication());
    Access access = EndpointAuthorization.accessFor(request);
    String call = request.getMethod() + " " + request.getRequestURI();
    String who =
        caller instanceof Caller.User u ? "'" + u.username() + "' " + u.roles() : caller.actor();
    write(
        request,
        response,
        403,
        "access-denied",
        Text.of(
            who + " 无权调用 " + call + " (允许: " + access.describe() + ")",
            who + " may not call " + call + " (allowed: " + access.describe() + ")"));
  }

  /**
   * An address Spring Security's firewall refuses (encoded slashes, '..', ';', control characters,
   * …).
   */
  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException {
    write(
        request,
        response,
        400,
        "rejected-address",
        Text.of(
            "请求地址含有不允许的字符 (如编码的 '/'、'..'、';' 或控制字符)",
            "the address contains characters that are not allowed (such as an encoded '/', '..', ';' or control characters)"));
  }

  private void write(
      HttpServletRequest request, HttpServletResponse response, int status, String slug, Text text)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", TYPE_BASE + slug);
    problem.put(
        "title", status == 401 ? "Unauthorized" : status == 403 ? "Forbidden" : "Bad Request");
    problem.put("status", status);
    problem.put("detail", text.in(request));
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json.writeValueAsString(problem));
  }
}
