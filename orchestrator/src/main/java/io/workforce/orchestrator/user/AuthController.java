package io.workforce.orchestrator.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "session", description = "Log-in, log-out and the CSRF token of a browser session")
class AuthController {

  private final LoginService logins;

  AuthController(LoginService logins) {
    this.logins = logins;
  }

  /**
   * @param username log-in name
   * @param password password
   */
  record LoginRequest(
      @NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 256) String password) {
    @Override
    public String toString() {
      return "LoginRequest[" + username + ", password=***]";
    }
  }

  /**
   * How a page sends the CSRF token with unsafe calls.
   *
   * @param headerName send the cookie's value in this header (single-page apps)
   * @param cookieName the cookie holding the token
   * @param parameterName or send {@code token} in this form field (plain HTML forms)
   * @param token the token for the form field (masked afresh on every answer)
   */
  record CsrfInfo(String headerName, String cookieName, String parameterName, String token) {}

  @PostMapping(value = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "Log in (JSON); starts a session cookie and a new CSRF token. 401 wrong password, 429 locked")
  Me login(
      @Valid @RequestBody LoginRequest login,
      HttpServletRequest request,
      HttpServletResponse response) {
    return logins.login(login.username(), login.password(), request, response);
  }

  @PostMapping(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  @Operation(summary = "Log in from an HTML form (username, password, _csrf)")
  Me loginForm(
      @RequestParam String username,
      @RequestParam String password,
      HttpServletRequest request,
      HttpServletResponse response) {
    return logins.login(username, password, request, response);
  }

  @PostMapping("/logout")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Log out: ends the session and its CSRF token")
  void logout(Caller caller, HttpServletRequest request, HttpServletResponse response) {
    logins.logout(caller, request, response);
  }

  @GetMapping("/csrf")
  @Operation(
      summary = "The CSRF token: sets cookie XSRF-TOKEN; send its value as header X-XSRF-TOKEN")
  CsrfInfo csrf(HttpServletRequest request) {
    CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return new CsrfInfo(
        token.getHeaderName(), "XSRF-TOKEN", token.getParameterName(), token.getToken());
  }
}
