package io.workforce.orchestrator.queue;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.protocol.ItemCreated;
import io.workforce.protocol.ItemsCreated;
import io.workforce.protocol.NewItem;
import io.workforce.protocol.NewItems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items a robot adds for the job it runs (the {@code enqueue} steps of a dispatcher flow): all of a
 * call or none of it; a reference already in the queue adds nothing and is answered as a duplicate;
 * the same call sent again (same request id, same job) gets the same answer, so that a robot that
 * lost the answer and sends again adds nothing twice. Which queues a job may add to is the caller's
 * check (the flow version's {@code enqueue} steps).
 */
@Service
class RobotAdditions {

  private final QueueService queues;
  private final ItemStore store;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  RobotAdditions(
      QueueService queues, ItemStore store, AuditLog audit, ApplicationEventPublisher events) {
    this.queues = queues;
    this.store = store;
    this.audit = audit;
    this.events = events;
  }

  /** An item already in the queue: who added it, with which request. */
  private record Present(long id, Long job, String request) {}

  @Transactional
  ItemsCreated add(String queue, long job, NewItems call) {
    store.settings(queue);
    List<NewItem> items = check(call);
    String request = call.requestId();
    Map<String, Long> inThisCall = new HashMap<>();
    List<ItemCreated> answer = new ArrayList<>();
    int added = 0;
    int present = 0;
    int again = 0;
    for (NewItem item : items) {
      Long earlier = inThisCall.get(item.reference());
      if (earlier != null) {
        answer.add(new ItemCreated(earlier, true));
        present++;
        continue;
      }
      Optional<Present> there = present(queue, item.reference());
      Optional<Long> inserted = Optional.empty();
      if (there.isEmpty()) {
        inserted = queues.insertUnlessPresent(queue, item, job, request);
        if (inserted.isEmpty()) {
          // another robot's call added it meanwhile: answered like any item already there
          there = present(queue, item.reference());
        }
      }
      long id;
      if (inserted.isEmpty()) {
        Present p =
            there.orElseThrow(
                () -> new IllegalStateException("item added and gone: " + item.reference()));
        boolean sameCall =
            request != null && request.equals(p.request()) && Objects.equals(p.job(), job);
        answer.add(new ItemCreated(p.id(), !sameCall));
        id = p.id();
        if (sameCall) {
          again++;
        } else {
          present++;
        }
      } else {
        id = inserted.get();
        answer.add(new ItemCreated(id, false));
        added++;
      }
      inThisCall.put(item.reference(), id);
    }
    audit.record(
        "queue.items.add",
        "queue:" + queue,
        "job "
            + job
            + ": "
            + added
            + " added, "
            + present
            + " already there"
            + (again > 0 ? ", " + again + " answered again (request sent twice)" : ""));
    if (added > 0) {
      events.publishEvent(new QueueService.ItemsAdded(queue));
    }
    return new ItemsCreated(answer);
  }

  private static List<NewItem> check(NewItems call) {
    if (call == null || call.items() == null || call.items().isEmpty()) {
      throw InvalidRequestException.field("items", "至少需要一项", "at least one item is needed");
    }
    if (call.items().size() > NewItems.MAX) {
      throw InvalidRequestException.field(
          "items",
          "一次最多 " + NewItems.MAX + " 项 (收到 " + call.items().size() + " 项)",
          "at most " + NewItems.MAX + " items per call (got " + call.items().size() + ")");
    }
    if (call.requestId() != null
        && (call.requestId().isBlank() || call.requestId().length() > 64)) {
      throw InvalidRequestException.field("requestId", "须为 1-64 个字符", "must be 1-64 characters");
    }
    for (int n = 0; n < call.items().size(); n++) {
      QueueService.validate("items[" + n + "].", call.items().get(n));
    }
    return call.items();
  }

  private Optional<Present> present(String queue, String reference) {
    return store
        .jdbc
        .sql(
            "SELECT id, added_by_job, added_request FROM queue_item "
                + "WHERE queue_name = ? AND reference = ?")
        .params(queue, reference)
        .query(
            (rs, n) ->
                new Present(
                    rs.getLong("id"),
                    rs.getObject("added_by_job") == null ? null : rs.getLong("added_by_job"),
                    rs.getString("added_request")))
        .optional();
  }
}
