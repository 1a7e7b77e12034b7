package io.workforce.runtime.assistant.login;

import java.util.Optional;

/**
 * Where the clerk's password or token may be kept between starts: the desktop's keyring only
 * (Secret Service through libsecret's {@code secret-tool} on Linux). Where there is none, nothing
 * is stored and the clerk types it each time: the assistant never writes a secret to a file of its
 * own.
 */
public interface Keyring {

  /** Whether a keyring can be used on this desktop. */
  boolean available();

  /** The stored secret for this server and user. */
  Optional<String> load(String server, String user);

  /** Stores the secret (replacing an older one); false when it could not. */
  boolean save(String server, String user, String secret);

  /** Forgets the secret. */
  void delete(String server, String user);

  /** The keyring of this desktop, or {@link #none()}. */
  static Keyring system() {
    SecretToolKeyring tool = new SecretToolKeyring("secret-tool");
    return tool.available() ? tool : none();
  }

  /** No keyring: nothing is stored. */
  static Keyring none() {
    return new Keyring() {
      @Override
      public boolean available() {
        return false;
      }

      @Override
      public Optional<String> load(String server, String user) {
        return Optional.empty();
      }

      @Override
      public boolean save(String server, String user, String secret) {
        return false;
      }

      @Override
      public void delete(String server, String user) {}
    };
  }
}
