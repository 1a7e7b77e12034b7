package io.workforce.orchestrator.vault;

import io.workforce.orchestrator.audit.AuditLog;
import java.util.List;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotates the master key: a new key is written to {@code master.key.next} first, every value is
 * re-encrypted in one transaction, then the new key replaces the key file (the old one stays as
 * {@code master.key.previous} until an operator deletes it). A crash at any point leaves every
 * value readable, because the orchestrator loads all three files.
 */
@Service
public class KeyRotation {

  private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

  private final JdbcClient jdbc;
  private final MasterKeys keys;
  private final SecretCipher cipher;
  private final TransactionTemplate tx;

  private final AuditLog audit;

  KeyRotation(
      JdbcClient jdbc,
      MasterKeys keys,
      SecretCipher cipher,
      TransactionTemplate tx,
      AuditLog audit) {
    this.audit = audit;
    this.jdbc = jdbc;
    this.keys = keys;
    this.cipher = cipher;
    this.tx = tx;
  }

  /**
   * The outcome of a rotation.
   *
   * @param reencrypted values re-encrypted
   * @param keyId the new key's id
   * @param keyFile where the new key is (when it came from the environment, the operator must put
   *     its content into {@code WORKFORCE_MASTER_KEY} before the next start)
   */
  public record Result(int reencrypted, String keyId, String keyFile) {}

  public synchronized Result rotate() {
    SecretKey next = keys.prepareNext();
    record Row(long id, String name, String owner, String ciphertext) {}
    Integer count =
        tx.execute(
            s -> {
              List<Row> rows =
                  jdbc.sql(
                          "SELECT v.id, c.name, v.owner, v.ciphertext FROM credential_value v "
                              + "JOIN credential c ON c.id = v.credential_id")
                      .query(
                          (rs, n) ->
                              new Row(
                                  rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                      .list();
              for (Row r : rows) {
                String aad = VaultService.aad(r.name(), r.owner());
                String plain = cipher.decrypt(r.ciphertext(), aad);
                jdbc.sql("UPDATE credential_value SET ciphertext = ? WHERE id = ?")
                    .params(cipher.encrypt(plain, aad, next), r.id())
                    .update();
              }
              audit.record(
                  "vault.rotate-key",
                  "vault",
                  rows.size() + " value(s) re-encrypted under key " + MasterKeys.id(next));
              return rows.size();
            });
    keys.promote(next);
    String file = keys.fromEnvironment() ? keys.file() + ".next" : keys.file().toString();
    log.warn(
        "vault master key rotated: {} value(s) re-encrypted under key {}; new key in {}",
        count,
        MasterKeys.id(next),
        file);
    return new Result(count == null ? 0 : count, MasterKeys.id(next), file);
  }
}
