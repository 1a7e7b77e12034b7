package io.workforce.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirTest {

  @TempDir Path tmp;

  @Test
  void resetDeletesAPreviousDemosDataOnly() throws Exception {
    Path dir = tmp.resolve("demo");
    DataDir.prepare(dir, false);
    Files.createDirectories(dir.resolve("orchestrator"));
    assertThat(DataDir.resumable(dir)).isTrue();
    DataDir.prepare(dir, true);
    assertThat(DataDir.resumable(dir)).isFalse();
    assertThat(dir.resolve(DataDir.MARKER)).exists();
  }

  @Test
  void refusesADirectoryThatIsNotADemosAndLeavesItAlone() throws Exception {
    Path other = Files.createDirectories(tmp.resolve("photos"));
    Files.writeString(other.resolve("holiday.jpg"), "x");
    assertThatThrownBy(() -> DataDir.prepare(other, true))
        .isInstanceOf(DataDir.DataDirException.class)
        .hasMessageContaining(other.toString())
        .hasMessageContaining("--data-dir");
    assertThat(other.resolve("holiday.jpg")).exists();
  }

  @Test
  void logInsAreRandomKeptOnlyForTheOwnerAndTheSameOnTheNextStart() throws Exception {
    List<Logins.Person> first = Logins.loadOrCreate(tmp);
    assertThat(first)
        .extracting(Logins.Person::username)
        .containsExactly("admin", "wang", "zhang", "li");
    assertThat(first).allMatch(p -> p.password().length() >= 10);
    assertThat(first.stream().map(Logins.Person::password).distinct()).hasSize(4);
    assertThat(Files.getPosixFilePermissions(tmp.resolve(Logins.FILE)))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Logins.loadOrCreate(tmp)).isEqualTo(first);
  }
}
