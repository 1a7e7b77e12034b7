package io.workforce.orchestrator.user;

import io.workforce.orchestrator.db.Db;
import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The users table as Spring Security's password check sees it: the hash and the roles. Never
 * disabled or locked here: Spring would then answer before hashing, and the quicker answer would
 * tell that the name exists; {@link LoginService} checks both around the hashing. Also stores
 * re-hashed passwords when the hashing setting was made stronger. Not a bean: only {@link
 * LoginService} checks passwords.
 */
final class Accounts implements UserDetailsService, UserDetailsPasswordService {

  private final UserStore store;
  private final Clock clock;

  Accounts(UserStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    Account a =
        store.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    return User.withUsername(a.username())
        .password(a.passwordHash())
        .authorities(a.roles().stream().map(r -> "ROLE_" + r.name()).toArray(String[]::new))
        .build();
  }

  @Override
  public UserDetails updatePassword(UserDetails user, String newHash) {
    store
        .jdbc
        .sql("UPDATE app_user SET password_hash = ?, updated_at = ? WHERE username = ?")
        .params(newHash, Db.ts(clock.instant()), user.getUsername())
        .update();
    return User.withUserDetails(user).password(newHash).build();
  }
}
