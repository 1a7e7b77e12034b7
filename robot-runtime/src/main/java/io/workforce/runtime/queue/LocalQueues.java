package io.workforce.runtime.queue;

import io.workforce.protocol.NewItem;
import io.workforce.runtime.journal.ItemStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local work queues of {@code ./rpa run}: one JSON file per queue, {@code <dir>/<queue>.json},
 * that a dispatcher flow's {@code enqueue} steps add to and a performer flow ({@code input: {
 * queue: … }}) takes from, item by item, each with its own status and attempts. Every change holds
 * an exclusive file lock ({@code <queue>.lock}) and replaces the file in one move, so that a
 * dispatcher and a performer may run at the same time and a crash leaves the last whole version.
 */
public final class LocalQueues implements WorkQueues {

  /** Runs that may take an item that failed with a system error, before it is given up. */
  public static final int MAX_ATTEMPTS = 3;

  /**
   * How long an item stays taken by a run that never reported back (it ended without a word): then
   * the next run takes it again.
   */
  public static final Duration STALE = Duration.ofHours(1);

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final TypeReference<List<LocalItem>> ITEMS = new TypeReference<>() {};

  private final Path dir;
  private final Clock clock;

  /**
   * @param dir where the queue files are, e.g. {@code queues/} in the working directory
   */
  public LocalQueues(Path dir, Clock clock) {
    this.dir = dir;
    this.clock = clock;
  }

  /** The file that holds a queue. */
  public Path file(String queue) {
    return dir.resolve(queue + ".json");
  }

  @Override
  public boolean add(String queue, NewItem item) {
    boolean[] added = {false};
    change(
        queue,
        items -> {
          if (items.stream().anyMatch(i -> i.reference().equals(item.reference()))) {
            return items;
          }
          String now = now();
          List<LocalItem> out = new ArrayList<>(items);
          out.add(
              new LocalItem(
                  item.reference(),
                  item.priority() == null ? 5 : item.priority(),
                  item.deadline() == null ? null : item.deadline().toString(),
                  item.payload() == null ? Map.of() : item.payload(),
                  "new",
                  0,
                  null,
                  now,
                  now,
                  null));
          added[0] = true;
          return out;
        });
    return added[0];
  }

  /**
   * Takes every item ready for {@code run}: new ones, ones that failed with a system error while
   * attempts remain, and ones a run took over {@link #STALE} ago without reporting back; first by
   * priority, then deadline (none last), then the order they were added. They are {@code working}
   * until {@link #report}.
   */
  public List<LocalItem> take(String queue, String run) {
    List<LocalItem> taken = new ArrayList<>();
    change(
        queue,
        items -> {
          String now = now();
          List<LocalItem> out = new ArrayList<>(items);
          for (LocalItem i : ready(items)) {
            LocalItem t = i.with("working", i.attempts() + 1, i.reason(), now, run);
            out.set(items.indexOf(i), t);
            taken.add(t);
          }
          return out;
        });
    return taken;
  }

  /** What {@link #take} would take now, without taking it ({@code ./rpa run --dry-run}). */
  public List<LocalItem> ready(String queue) {
    return ready(items(queue));
  }

  private List<LocalItem> ready(List<LocalItem> items) {
    Instant now = clock.instant();
    return items.stream()
        .filter(i -> ready(i, now))
        .sorted(
            Comparator.comparingInt(LocalItem::priority)
                .thenComparing(
                    LocalItem::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /**
   * Records how {@code run} ended an item it took: done, a business error (final), a system error
   * (taken again by a later run until {@link #MAX_ATTEMPTS}), or back to new when the run stopped
   * before it.
   */
  public void report(String queue, String reference, ItemStatus status, String reason) {
    change(
        queue,
        items -> {
          List<LocalItem> out = new ArrayList<>(items);
          for (int n = 0; n < out.size(); n++) {
            LocalItem i = out.get(n);
            if (i.reference().equals(reference)) {
              out.set(n, ended(i, status, reason));
            }
          }
          return out;
        });
  }

  /** The queue's items as stored, in the order they were added (empty when there is no file). */
  public List<LocalItem> items(String queue) {
    return change(queue, Function.identity());
  }

  private LocalItem ended(LocalItem i, ItemStatus status, String reason) {
    String now = now();
    return switch (status) {
      case SUCCEEDED, UNCHANGED -> i.with("done", i.attempts(), null, now, i.run());
      case BUSINESS_FAILED -> i.with("business_error", i.attempts(), reason, now, i.run());
      case SYSTEM_FAILED ->
          i.with(
              i.attempts() >= MAX_ATTEMPTS ? "given_up" : "system_error",
              i.attempts(),
              reason,
              now,
              i.run());
      case STOPPED -> i.with("new", Math.max(0, i.attempts() - 1), i.reason(), now, null);
    };
  }

  private static boolean ready(LocalItem i, Instant now) {
    return switch (i.status()) {
      case "new" -> true;
      case "system_error" -> i.attempts() < MAX_ATTEMPTS;
      case "working" -> Instant.parse(i.updated()).plus(STALE).isBefore(now);
      default -> false;
    };
  }

  private String now() {
    return clock.instant().toString();
  }

  /** Applies {@code edit} to the queue's items under the lock; writes when they changed. */
  private List<LocalItem> change(String queue, Function<List<LocalItem>, List<LocalItem>> edit) {
    synchronized (LocalQueues.class) { // one JVM holds a file lock once
      try {
        Files.createDirectories(dir);
        try (FileChannel lock =
                FileChannel.open(
                    dir.resolve(queue + ".lock"),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock held = lock.lock()) {
          Path file = file(queue);
          List<LocalItem> items =
              Files.isRegularFile(file) ? JSON.readValue(file.toFile(), ITEMS) : List.of();
          List<LocalItem> changed = edit.apply(items);
          if (changed != items) {
            Path tmp = dir.resolve(queue + ".json.tmp");
            JSON.writeValue(tmp.toFile(), changed);
            Files.move(
                tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          }
          return changed;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
