package io.workforce.runtime.robot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a robot keeps between starts: which orchestrator enrolled it, as whom, and its token.
 * Written to {@code robot.json} in the state directory with owner-only permissions (0600),
 * atomically.
 *
 * @param orchestrator the orchestrator's address it enrolled with
 * @param robotId its id there
 * @param name its name
 * @param token its bearer token (a secret: never printed)
 * @param heartbeatSeconds how often the orchestrator wants heartbeats
 * @param longPollSeconds the longest work poll the orchestrator accepts
 */
record RobotState(
    String orchestrator,
    long robotId,
    String name,
    String token,
    long heartbeatSeconds,
    long longPollSeconds) {

  static final String FILE = "robot.json";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * The kept state, if the file exists and is readable; a broken file is treated as absent (enrol
   * again).
   */
  static Optional<RobotState> load(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(Files.readString(file), RobotState.class));
    } catch (IOException | JacksonException e) {
      System.err.println(RobotMessages.get("state.unreadable", file));
      return Optional.empty();
    }
  }

  /**
   * Writes the state (0600) through a temporary file, so that a crash never leaves half a token.
   */
  void save(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      try {
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } catch (UnsupportedOperationException e) {
        Files.createFile(tmp); // not POSIX (Windows): the user profile's ACLs protect it
      }
      Files.writeString(tmp, JSON.writeValueAsString(this));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(RobotMessages.get("state.unwritable", file), e);
    }
  }

  @Override
  public String toString() {
    return "RobotState[" + name + " (id " + robotId + ") at " + orchestrator + ", token ******]";
  }
}
