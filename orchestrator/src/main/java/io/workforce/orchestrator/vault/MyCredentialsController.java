package io.workforce.orchestrator.vault;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.security.Caller;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 我的凭据: each person sets their own value of personal credentials (write-only: never read back). */
@RestController
@RequestMapping("/api/v1/me/credentials")
@Tag(name = "vault")
class MyCredentialsController {

  private final VaultService vault;
  private final PersonalValueErasure erasures;

  MyCredentialsController(VaultService vault, PersonalValueErasure erasures) {
    this.vault = vault;
    this.erasures = erasures;
  }

  /**
   * A personal credential and whether the caller has set their value.
   *
   * @param name the credential
   * @param description what it is for
   * @param valueSet whether the caller's own value is set
   * @param updatedAt when the credential last changed
   * @param erasedAt when the caller's value was erased by a password reset an administrator made
   *     (set it again), or null
   */
  record MyCredential(
      String name, String description, boolean valueSet, Instant updatedAt, Instant erasedAt) {}

  @GetMapping
  @Operation(
      summary = "The personal credentials, each with whether the caller has set their own value")
  List<MyCredential> list(Caller.User caller) {
    return vault.list().stream()
        .filter(c -> c.kind().equals("PERSONAL"))
        .map(
            c ->
                new MyCredential(
                    c.name(),
                    c.description(),
                    c.personalOwners().contains(caller.username()),
                    c.updatedAt(),
                    erasures.erasedAt(c.name(), caller.username())))
        .toList();
  }

  @PutMapping("/{name}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Set one's own account and password of a personal credential (write-only)")
  void set(Caller.User caller, @PathVariable String name, @RequestBody SecretValue value) {
    vault.setPersonal(name, caller.username(), value);
  }

  @DeleteMapping("/{name}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove one's own value of a personal credential")
  void delete(Caller.User caller, @PathVariable String name) {
    vault.deletePersonal(name, caller.username());
  }
}
