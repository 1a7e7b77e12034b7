package io.workforce.runtime.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalVaultTest {

  @TempDir Path dir;

  @Test
  void storesAndReadsCredentialsWithoutKeepingTheSecretInClear() throws Exception {
    VaultKey key = VaultKey.resolve(null, dir.resolve("vault.key"), true);
    LocalVault vault = LocalVault.open(dir.resolve("vault.json"), key);
    vault.set("registry-clerk", "djy01", "Canary-Vault-8b1f", Map.of("tenant", "330100"));
    Credential c = vault.get("registry-clerk");
    assertThat(c.username()).isEqualTo("djy01");
    assertThat(c.password()).isEqualTo("Canary-Vault-8b1f");
    assertThat(c.extra()).containsEntry("tenant", "330100");
    assertThat(c.toString()).doesNotContain("Canary-Vault-8b1f");
    assertThat(Files.readString(dir.resolve("vault.json")))
        .doesNotContain("Canary-Vault-8b1f")
        .doesNotContain("djy01");
    assertThat(vault.list()).containsExactly(Map.entry("registry-clerk", "djy01"));
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("vault.key"))))
        .isEqualTo("rw-------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("vault.json"))))
        .isEqualTo("rw-------");
  }

  @Test
  void aPassphraseFromTheEnvironmentOpensTheSameVaultAgain() {
    LocalVault first =
        LocalVault.open(
            dir.resolve("v.json"),
            VaultKey.resolve("correct horse battery", dir.resolve("k"), false));
    first.set("intake-clerk", "slry01", "Slry#2019", Map.of());
    LocalVault again =
        LocalVault.open(
            dir.resolve("v.json"),
            VaultKey.resolve("correct horse battery", dir.resolve("k"), false));
    assertThat(again.get("intake-clerk").password()).isEqualTo("Slry#2019");
    LocalVault wrong =
        LocalVault.open(
            dir.resolve("v.json"), VaultKey.resolve("wrong horse", dir.resolve("k"), false));
    assertThatThrownBy(() -> wrong.get("intake-clerk"))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("v.json")
        .hasMessageContaining("WORKFORCE_VAULT_KEY");
  }

  @Test
  void refusesAKeyFileOthersCanRead() throws Exception {
    Path keyFile = dir.resolve("open.key");
    VaultKey.resolve(null, keyFile, true);
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> VaultKey.resolve(null, keyFile, false))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("chmod 600")
        .hasMessageContaining(keyFile.toString());
  }

  @Test
  void saysHowToAddAMissingCredential() {
    LocalVault vault =
        LocalVault.open(dir.resolve("v.json"), VaultKey.resolve(null, dir.resolve("k"), true));
    assertThat(vault.find("nobody")).isEmpty();
    assertThatThrownBy(() -> vault.get("nobody"))
        .isInstanceOf(CredentialMissingException.class)
        .hasMessageContaining("vault set nobody");
    assertThatThrownBy(() -> vault.set("bad name!", "u", "p", Map.of()))
        .isInstanceOf(VaultException.class);
  }

  @Test
  void withoutKeyOrKeyFileSaysWhereTheKeyComesFrom() {
    assertThatThrownBy(() -> VaultKey.resolve(null, dir.resolve("none.key"), false))
        .hasMessageContaining("WORKFORCE_VAULT_KEY")
        .hasMessageContaining("none.key");
  }
}
