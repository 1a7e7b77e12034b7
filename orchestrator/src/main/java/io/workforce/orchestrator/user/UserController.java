package io.workforce.orchestrator.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
@RequestMapping("/api/v1")
@Tag(name = "users", description = "Users, roles, groups (departments) and their tokens")
class UserController {

  private final UserService users;
  private final GroupService groups;
  private final ApiTokens tokens;

  UserController(UserService users, GroupService groups, ApiTokens tokens) {
    this.users = users;
    this.groups = groups;
    this.tokens = tokens;
  }

  /**
   * @param password the new password; left out: one is generated and answered once
   */
  record PasswordReset(@Size(max = 256) String password) {
    @Override
    public String toString() {
      return "PasswordReset[***]";
    }
  }

  @GetMapping("/users")
  @Operation(summary = "All users with roles and groups")
  List<UserView> list() {
    return users.list();
  }

  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Make a user; a generated first password is answered once")
  CreatedUser create(@Valid @RequestBody NewUser user) {
    return users.create(user);
  }

  @GetMapping("/users/{username}")
  @Operation(summary = "One user")
  UserView get(@PathVariable String username) {
    return users.get(username);
  }

  @PutMapping("/users/{username}")
  @Operation(
      summary =
          "Change a user's name, roles, groups, language, or disable them (fields left out stay)")
  UserView update(@PathVariable String username, @Valid @RequestBody UserUpdate update) {
    return users.update(username, update);
  }

  @PostMapping("/users/{username}/password")
  @Operation(
      summary =
          "Give a user a new password (generated when left out, answered once); ends their sessions")
  CreatedUser resetPassword(
      @PathVariable String username, @Valid @RequestBody(required = false) PasswordReset reset) {
    return users.resetPassword(username, reset == null ? null : reset.password());
  }

  @PostMapping("/users/{username}/unlock")
  @Operation(summary = "Lift the lock-out after failed log-ins")
  UserView unlock(@PathVariable String username) {
    return users.unlock(username);
  }

  @GetMapping("/users/{username}/tokens")
  @Operation(summary = "A user's personal API tokens (never their values)")
  List<ApiTokens.TokenView> userTokens(@PathVariable String username) {
    return tokens.list(users.account(username).id());
  }

  @DeleteMapping("/users/{username}/tokens/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke one of a user's personal API tokens")
  void revokeUserToken(@PathVariable String username, @PathVariable long id) {
    tokens.revoke(users.account(username), id);
  }

  @GetMapping("/groups")
  @Operation(summary = "All groups (departments) with their members")
  List<GroupService.GroupView> groups() {
    return groups.list();
  }

  @PostMapping("/groups")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Make a group (members are set on the users)")
  GroupService.GroupView createGroup(@Valid @RequestBody GroupService.NewGroup group) {
    return groups.create(group);
  }

  @GetMapping("/groups/{name}")
  @Operation(summary = "One group with its members")
  GroupService.GroupView group(@PathVariable String name) {
    return groups.get(name);
  }

  @DeleteMapping("/groups/{name}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a group (its flow shares go with it)")
  void deleteGroup(@PathVariable String name) {
    groups.delete(name);
  }
}
