package io.workforce.protocol.client;

import io.workforce.protocol.StepEvent;
import io.workforce.protocol.json.ProtocolJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import tools.jackson.core.type.TypeReference;

/**
 * Sends a job's events and screenshots, and keeps them on disk when the orchestrator cannot be
 * reached, to send them later in the order they were made. Safe to resend: the orchestrator stores
 * an event once per (job, seq), and a screenshot once per (job, ref).
 *
 * <p>Each pending batch is one file in the spool directory ({@code 000000000001-events-42.json},
 * {@code 000000000002-shot-42-step3.png}); the number keeps the order across restarts of the robot.
 */
public final class RobotOutbox {

  private static final TypeReference<List<StepEvent>> EVENTS = new TypeReference<>() {};

  private final OrchestratorClient client;
  private final Path spool;
  private final AtomicLong counter;

  /** An outbox that spools into {@code spoolDir} (created when missing). */
  public RobotOutbox(OrchestratorClient client, Path spoolDir) {
    this.client = client;
    this.spool = spoolDir;
    try {
      Files.createDirectories(spoolDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the robot's spool directory " + spoolDir, e);
    }
    this.counter =
        new AtomicLong(pending().stream().mapToLong(RobotOutbox::number).max().orElse(0));
  }

  /**
   * Sends a batch of events, after anything spooled earlier. Returns true when everything went out,
   * false when the orchestrator was unreachable and the batch (and older ones) wait on disk.
   */
  public synchronized boolean sendEvents(long jobId, List<StepEvent> events) {
    if (!flush()) {
      spool("events-" + jobId + ".json", ProtocolJson.mapper().writeValueAsBytes(events));
      return false;
    }
    try {
      client.sendEvents(jobId, events);
      return true;
    } catch (OrchestratorUnreachableException e) {
      spool("events-" + jobId + ".json", ProtocolJson.mapper().writeValueAsBytes(events));
      return false;
    }
  }

  /** Uploads a screenshot, after anything spooled earlier; spools it when unreachable. */
  public synchronized boolean sendScreenshot(long jobId, String ref, byte[] png) {
    checkRef(ref);
    if (!flush()) {
      spool("shot-" + jobId + "-" + ref + ".png", png);
      return false;
    }
    try {
      client.uploadScreenshot(jobId, ref, png);
      return true;
    } catch (OrchestratorUnreachableException e) {
      spool("shot-" + jobId + "-" + ref + ".png", png);
      return false;
    }
  }

  /**
   * Keeps events on disk without sending them (the next {@link #flush} does): once this returns,
   * they survive the robot's process being killed (kill -9), and a robot started again on the same
   * state directory sends them. Never waits for the network, nor for a flush in progress.
   */
  public void keepEvents(long jobId, List<StepEvent> events) {
    spool("events-" + jobId + ".json", ProtocolJson.mapper().writeValueAsBytes(events));
  }

  /** Keeps a screenshot on disk for the next {@link #flush}, like {@link #keepEvents}. */
  public void keepScreenshot(long jobId, String ref, byte[] png) {
    checkRef(ref);
    spool("shot-" + jobId + "-" + ref + ".png", png);
  }

  /**
   * Sends what waits on disk, oldest first; true when nothing is left. Stops at the first failure.
   * Consecutive event files of one job go out together, up to {@link #BATCH} events a call.
   */
  public synchronized boolean flush() {
    List<Path> files = pending();
    for (int i = 0; i < files.size(); ) {
      List<Path> sent = new ArrayList<>();
      try {
        deliver(files, i, sent);
        for (Path file : sent) {
          Files.deleteIfExists(file);
        }
      } catch (OrchestratorUnreachableException e) {
        return false;
      } catch (OrchestratorException e) {
        // refused for good (job gone, bad data): keep it aside for a person, never block the rest
        sent.forEach(this::moveAside);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read spooled file " + files.get(i), e);
      }
      i += sent.size();
    }
    return true;
  }

  /** The most events one call sends (more when a single spooled file holds more). */
  public static final int BATCH = 200;

  /**
   * Sends the file at {@code from}, together with the event files of the same job right after it
   * while they fit in one {@link #BATCH}; {@code sent} receives the files the call covered.
   */
  private void deliver(List<Path> files, int from, List<Path> sent) throws IOException {
    Path file = files.get(from);
    String name = file.getFileName().toString();
    String[] parts = name.split("-", 4);
    long jobId = Long.parseLong(parts[2].replaceAll("\\.json$", ""));
    sent.add(file);
    if (parts[1].equals("events")) {
      List<StepEvent> events = new ArrayList<>(read(file));
      for (int i = from + 1; i < files.size() && kindOf(files.get(i)).equals(kindOf(file)); i++) {
        List<StepEvent> more = read(files.get(i));
        if (events.size() + more.size() > BATCH) {
          break;
        }
        events.addAll(more);
        sent.add(files.get(i));
      }
      client.sendEvents(jobId, events);
    } else {
      String ref = parts[3].substring(0, parts[3].length() - ".png".length());
      client.uploadScreenshot(jobId, ref, Files.readAllBytes(file));
    }
  }

  private static List<StepEvent> read(Path file) throws IOException {
    return ProtocolJson.mapper().readValue(Files.readAllBytes(file), EVENTS);
  }

  /** {@code events-42.json} of {@code 000000000007-events-42.json}. */
  private static String kindOf(Path file) {
    return file.getFileName().toString().substring(13);
  }

  /** Number of batches waiting on disk. */
  public synchronized int pendingCount() {
    return pending().size();
  }

  private static void checkRef(String ref) {
    if (!ref.matches("[A-Za-z0-9._-]{1,100}")) {
      throw new IllegalArgumentException(
          "screenshot ref '" + ref + "' must be 1-100 letters, digits, '.', '_' or '-'");
    }
  }

  private void spool(String suffix, byte[] content) {
    Path file = spool.resolve(String.format("%012d-%s", counter.incrementAndGet(), suffix));
    Path tmp = spool.resolve(file.getFileName() + ".tmp");
    try {
      Files.write(tmp, content);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the robot's spool directory " + spool, e);
    }
  }

  private void moveAside(Path file) {
    try {
      Path rejected = Files.createDirectories(spool.resolve("rejected"));
      Files.move(file, rejected.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move refused batch " + file + " aside", e);
    }
  }

  private List<Path> pending() {
    try (Stream<Path> files = Files.list(spool)) {
      List<Path> list =
          new ArrayList<>(
              files
                  .filter(
                      p ->
                          p.getFileName()
                              .toString()
                              .matches("\\d{12}-(events|shot)-.*\\.(json|png)"))
                  .toList());
      list.sort(null);
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the robot's spool directory " + spool, e);
    }
  }

  private static long number(Path file) {
    return Long.parseLong(file.getFileName().toString().substring(0, 12));
  }
}
