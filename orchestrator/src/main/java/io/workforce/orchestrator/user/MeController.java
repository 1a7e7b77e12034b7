package io.workforce.orchestrator.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "session")
class MeController {

  private final LoginService logins;
  private final SelfService self;
  private final ApiTokens tokens;

  MeController(LoginService logins, SelfService self, ApiTokens tokens) {
    this.logins = logins;
    this.self = self;
    this.tokens = tokens;
  }

  /**
   * @param displayName the name shown
   * @param language zh or en
   */
  record Preferences(
      @Size(min = 1, max = 200) String displayName, @Pattern(regexp = "zh|en") String language) {}

  /**
   * @param currentPassword the password now
   * @param newPassword the password from now on
   */
  record PasswordChange(
      @NotBlank @Size(max = 256) String currentPassword,
      @NotBlank @Size(max = 256) String newPassword) {
    @Override
    public String toString() {
      return "PasswordChange[***]";
    }
  }

  @GetMapping
  @Operation(summary = "Who is logged in: user, roles, groups, display name, language")
  Me me(Caller.User caller) {
    return logins.me(caller);
  }

  @PutMapping("/preferences")
  @Operation(summary = "Change one's display name or language")
  Me preferences(Caller.User caller, @Valid @RequestBody Preferences p) {
    self.preferences(caller, p.displayName(), p.language());
    return logins.me(caller);
  }

  @PutMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Change one's password (the current one is needed); one's other sessions end")
  void password(
      Caller.User caller,
      @Valid @RequestBody PasswordChange change,
      HttpServletRequest request,
      HttpServletResponse response) {
    self.changePassword(caller, change.currentPassword(), change.newPassword());
    if (caller.tokenId() == null) {
      logins.keepSession(caller, request, response);
    }
  }

  @GetMapping("/tokens")
  @Operation(summary = "One's personal API tokens (never their values)")
  List<ApiTokens.TokenView> tokens(Caller.User caller) {
    return tokens.list(caller.id());
  }

  @PostMapping("/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Make a personal API token for scripts; its value is in this answer only")
  ApiTokens.CreatedToken createToken(
      Caller.User caller, @Valid @RequestBody ApiTokens.NewToken request) {
    return tokens.create(caller, request);
  }

  @DeleteMapping("/tokens/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke one of one's personal API tokens")
  void revokeToken(Caller.User caller, @PathVariable long id) {
    tokens.revoke(self.account(caller), id);
  }
}
