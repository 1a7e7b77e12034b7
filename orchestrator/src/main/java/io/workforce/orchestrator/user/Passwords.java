package io.workforce.orchestrator.user;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.config.WorkforceProperties;
import java.security.SecureRandom;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing and the password rules. Hashes are Argon2id (Spring Security's encoder on Bouncy
 * Castle: 16 MiB memory, 2 iterations, random salt per hash), stored with their algorithm id, so
 * that a stronger setting later upgrades each hash at its owner's next log-in. BCrypt hashes are
 * still understood.
 */
@Configuration(proxyBeanMethods = false)
class Passwords {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

  @Bean
  PasswordEncoder passwordEncoder() {
    return new DelegatingPasswordEncoder(
        "argon2",
        Map.of(
            "argon2",
            Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
            "bcrypt",
            new BCryptPasswordEncoder()));
  }

  /** A random password people can type: 20 characters without look-alikes (about 116 bits). */
  static String generate() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  /**
   * Refuses a password that is too short, too long, or the user name itself (400 naming {@code
   * field}).
   */
  static void check(
      String field, String password, String username, WorkforceProperties.Security settings) {
    int min = settings.passwordMinLength();
    if (password == null || password.length() < min) {
      throw InvalidRequestException.field(
          field, "密码至少 " + min + " 个字符", "a password needs at least " + min + " characters");
    }
    if (password.length() > 256) {
      throw InvalidRequestException.field(
          field, "密码最多 256 个字符", "a password has at most 256 characters");
    }
    if (password.equalsIgnoreCase(username)) {
      throw InvalidRequestException.field(
          field, "密码不能与用户名相同", "the password must not be the user name");
    }
  }
}
