package io.workforce.orchestrator.user;

import io.workforce.orchestrator.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new user.
 *
 * @param username 1–100 letters, digits, '.', '_', '@' or '-'
 * @param displayName the name shown (e.g. 张三)
 * @param roles one or more of CLERK, SUPERVISOR, ADMINISTRATOR
 * @param groups groups (departments) they belong to; each must exist
 * @param language zh (default) or en
 * @param password their first password; when left out one is generated and answered once. Either
 *     way they are asked to choose their own at the first log-in.
 */
public record NewUser(
    @NotBlank @Pattern(regexp = UserService.USERNAME) String username,
    @NotBlank @Size(max = 200) String displayName,
    @NotEmpty @Size(max = 3) List<Role> roles,
    @Size(max = 100) List<@NotBlank String> groups,
    @Pattern(regexp = "zh|en") String language,
    @Size(max = 256) String password) {

  @Override
  public String toString() {
    return "NewUser["
        + username
        + ", roles="
        + roles
        + ", password="
        + (password == null ? "generated" : "***")
        + "]";
  }
}
