package io.workforce.orchestrator.vault;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "vault", description = "Credentials (secrets are write-only), checkouts, key rotation")
class VaultController {

  private final VaultService vault;
  private final Checkouts checkouts;
  private final KeyRotation rotation;

  VaultController(VaultService vault, Checkouts checkouts, KeyRotation rotation) {
    this.vault = vault;
    this.checkouts = checkouts;
    this.rotation = rotation;
  }

  @PostMapping("/credentials")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a credential (shared or personal)")
  CredentialView create(@Valid @RequestBody NewCredential credential) {
    return vault.create(credential);
  }

  @GetMapping("/credentials")
  @Operation(summary = "Credentials without secrets")
  List<CredentialView> list() {
    return vault.list();
  }

  @GetMapping("/credentials/{name}")
  @Operation(summary = "One credential without its secret")
  CredentialView get(@PathVariable String name) {
    return vault.get(name);
  }

  @PutMapping("/credentials/{name}/value")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Set the shared value (write-only)")
  void setShared(@PathVariable String name, @RequestBody SecretValue value) {
    vault.setShared(name, value);
  }

  /**
   * Whether attended runs may hand a shared credential's value to people's own machines.
   *
   * @param allowed true to mark it for desktop use, false to withdraw the mark
   */
  record DesktopUse(@NotNull Boolean allowed) {}

  @PutMapping("/credentials/{name}/desktop-use")
  @Operation(
      summary =
          "Mark a shared credential for desktop use (attended runs hand its value to people's own"
              + " machines) or withdraw the mark; audited")
  CredentialView desktopUse(@PathVariable String name, @Valid @RequestBody DesktopUse use) {
    return vault.setDesktopUse(name, use.allowed());
  }

  @DeleteMapping("/credentials/{name}/personal/{user}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Remove a user's personal value (e.g. when they leave; only they can set it)")
  void deletePersonal(@PathVariable String name, @PathVariable String user) {
    vault.deletePersonal(name, user);
  }

  @GetMapping("/credentials/{name}/checkouts")
  @Operation(summary = "Who checked the credential out, for which job, when (never the secret)")
  List<CheckoutView> checkouts(
      @PathVariable String name, @RequestParam(defaultValue = "100") int limit) {
    return checkouts.history(name, limit);
  }

  @PostMapping("/vault/rotate-key")
  @Operation(summary = "Rotate the master key: re-encrypt every value under a new key")
  KeyRotation.Result rotate() {
    return rotation.rotate();
  }
}
