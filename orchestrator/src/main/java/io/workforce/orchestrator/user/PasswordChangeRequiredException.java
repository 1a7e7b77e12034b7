package io.workforce.orchestrator.user;

import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.api.WorkforceException;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Someone else (an administrator) set this person's password and they have not chosen their own
 * yet: they may not make an API token, which would outlive the password change.
 */
final class PasswordChangeRequiredException extends WorkforceException {

  PasswordChangeRequiredException() {
    super(
        HttpStatus.FORBIDDEN,
        "password-change-required",
        Text.of(
            "请先修改密码: 管理员设置了您的密码, 改密码之前不能新建 API 令牌",
            "change your password first: an administrator set it, and until you choose your own no"
                + " API token can be made"),
        List.of());
  }
}
