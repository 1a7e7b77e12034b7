package io.workforce.orchestrator.user;

/**
 * A user just made or given a new password.
 *
 * @param user the user
 * @param initialPassword the generated password, shown in this answer only (null when the
 *     administrator chose it)
 */
public record CreatedUser(UserView user, String initialPassword) {

  @Override
  public String toString() {
    return "CreatedUser[" + user.username() + ", initialPassword=***]";
  }
}
