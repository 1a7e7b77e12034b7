package io.workforce.orchestrator.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Browser sessions whose stored form cannot be used to log in. Spring Session JDBC keeps each
 * session under a random handle (its id column); the cookie carries {@code <handle>.<secret>}, and
 * the database holds only the secret's SHA-256 (a session attribute). A copy of the database or a
 * backup therefore names sessions but cannot resume one: the secret is in the browser alone. A
 * cookie whose secret does not match finds no session. Log-in (a new id against fixation) draws a
 * new handle and a new secret; everything else (attributes, expiry, clean-up, the SQL) is Spring
 * Session's.
 */
final class SecretSessions implements SessionRepository<SecretSession> {

  /** The session attribute holding the SHA-256 (hex) of the cookie's secret. */
  static final String SECRET_HASH = "workforce.sessionSecretSha256";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SessionRepository<Session> store;

  /**
   * @param store Spring Session's JDBC repository (its session type is not public, hence Session)
   */
  @SuppressWarnings("unchecked")
  SecretSessions(SessionRepository<? extends Session> store) {
    this.store = (SessionRepository<Session>) store;
  }

  @Override
  public SecretSession createSession() {
    Session s = store.createSession();
    return new SecretSession(s, newSecret(s));
  }

  @Override
  public void save(SecretSession session) {
    store.save(session.stored());
  }

  @Override
  public SecretSession findById(String id) {
    int dot = id == null ? -1 : id.indexOf('.');
    if (dot <= 0 || dot == id.length() - 1) {
      return null;
    }
    Session s = store.findById(id.substring(0, dot));
    String secret = id.substring(dot + 1);
    String expected = s == null ? null : s.getAttribute(SECRET_HASH);
    if (expected == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            sha256(secret).getBytes(StandardCharsets.US_ASCII))) {
      return null;
    }
    return new SecretSession(s, secret);
  }

  @Override
  public void deleteById(String id) {
    int dot = id.indexOf('.');
    store.deleteById(dot < 0 ? id : id.substring(0, dot));
  }

  /** A new secret for the session, its hash stored with it. */
  static String newSecret(Session s) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    s.setAttribute(SECRET_HASH, sha256(secret));
    return secret;
  }

  static String sha256(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(secret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
