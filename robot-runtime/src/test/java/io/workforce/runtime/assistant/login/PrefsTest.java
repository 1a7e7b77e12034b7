package io.workforce.runtime.assistant.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrefsTest {

  @Test
  void remembersServerUserAndFavouritesAcrossStartsButNoSecret(@TempDir Path dir) throws Exception {
    Prefs prefs = Prefs.in(dir);
    assertThat(prefs.server()).isEqualTo("http://127.0.0.1:18080");
    prefs.remember("http://orchestrator.example:8080", "wang");
    prefs.setFavourites(Set.of("enter-from-spreadsheet"));
    Prefs again = Prefs.in(dir);
    assertThat(again.server()).isEqualTo("http://orchestrator.example:8080");
    assertThat(again.user()).isEqualTo("wang");
    assertThat(again.favourites()).containsExactly("enter-from-spreadsheet");
    String text = Files.readString(dir.resolve("assistant.properties"));
    assertThat(text).doesNotContainIgnoringCase("password").doesNotContain("token");
  }

  @Test
  void aDamagedFileIsForgottenNotFatal(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("assistant.properties"), "server=\\uZZZZ\n");
    assertThat(Prefs.in(dir).user()).isEmpty();
  }

  @Test
  void withoutADesktopSessionBusThereIsNoKeyringAndNothingIsStored() {
    SecretToolKeyring tool = new SecretToolKeyring("no-such-secret-tool-here");
    assertThat(tool.available()).isFalse();
    assertThat(tool.save("http://s", "u", "pw")).isFalse();
    assertThat(tool.load("http://s", "u")).isEmpty();
    Keyring none = Keyring.none();
    assertThat(none.save("http://s", "u", "pw")).isFalse();
    assertThat(none.load("http://s", "u")).isEmpty();
  }
}
