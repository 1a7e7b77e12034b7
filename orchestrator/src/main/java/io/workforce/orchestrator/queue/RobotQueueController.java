package io.workforce.orchestrator.queue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.flow.FlowCatalog;
import io.workforce.orchestrator.robot.RobotScope;
import io.workforce.orchestrator.security.Caller;
import io.workforce.protocol.ClaimRequest;
import io.workforce.protocol.ItemCompletion;
import io.workforce.protocol.ItemCreated;
import io.workforce.protocol.ItemFailure;
import io.workforce.protocol.ItemsCreated;
import io.workforce.protocol.LeaseReply;
import io.workforce.protocol.NewItem;
import io.workforce.protocol.NewItems;
import io.workforce.protocol.QueueItem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/robot")
@Tag(name = "robot protocol")
class RobotQueueController {

  private final ItemWork work;
  private final QueueService queues;
  private final RobotScope scope;
  private final FlowCatalog flows;
  private final RobotAdditions additions;

  RobotQueueController(
      ItemWork work,
      QueueService queues,
      RobotScope scope,
      FlowCatalog flows,
      RobotAdditions additions) {
    this.work = work;
    this.queues = queues;
    this.scope = scope;
    this.flows = flows;
    this.additions = additions;
  }

  @PostMapping("/queues/{queue}/claim")
  @Operation(
      summary =
          "Claim the next ready item with a lease for the job this robot runs (204 when none is"
              + " ready; a queue other than the job's answers 404)")
  ResponseEntity<QueueItem> claim(
      Caller.Robot robot,
      @PathVariable String queue,
      @RequestBody(required = false) ClaimRequest request) {
    ClaimRequest r = request == null ? new ClaimRequest(null, null) : request;
    return work.claim(robot.robotId(), queue, r.jobId(), r.leaseSeconds())
        .map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @PostMapping("/items/{id}/lease")
  @Operation(
      summary =
          "Renew the lease of an item this robot holds for its job (409 lease lost; other items"
              + " answer 404)")
  LeaseReply renew(
      Caller.Robot robot,
      @PathVariable long id,
      @RequestBody(required = false) ClaimRequest request) {
    return new LeaseReply(
        work.renew(robot.robotId(), id, request == null ? null : request.leaseSeconds()));
  }

  @PostMapping("/items/{id}/complete")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Mark an item done (409 when the robot no longer holds it)")
  void complete(
      Caller.Robot robot,
      @PathVariable long id,
      @RequestBody(required = false) ItemCompletion completion) {
    work.complete(robot.robotId(), id, completion);
  }

  @PostMapping("/items/{id}/fail")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Mark an item failed: BUSINESS (final) or SYSTEM (retried)")
  void fail(Caller.Robot robot, @PathVariable long id, @RequestBody ItemFailure failure) {
    work.fail(robot.robotId(), id, failure.kind(), failure.reason());
  }

  @PostMapping("/queues/{queue}/items")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Add an item to the queue of a job this robot runs (409 with existingId for a duplicate"
              + " reference; another queue answers 404)")
  ItemCreated add(Caller.Robot robot, @PathVariable String queue, @RequestBody NewItem item) {
    if (scope.jobs(robot.robotId(), RobotScope.WORKING).stream()
        .noneMatch(j -> queue.equals(j.queueName()))) {
      throw NotFoundException.of("队列", "queue", queue);
    }
    return queues.add(queue, item);
  }

  @PostMapping("/jobs/{jobId}/queues/{queue}/items")
  @Operation(
      summary =
          "Add items, all or none, to a queue that the flow version of this robot's job names in an"
              + " enqueue step; a reference already there adds nothing and answers duplicate=true;"
              + " the same requestId sent again gets the same answer; any other queue or job"
              + " answers 404")
  ItemsCreated enqueue(
      Caller.Robot robot,
      @PathVariable long jobId,
      @PathVariable String queue,
      @RequestBody(required = false) NewItems items) {
    // a job being stopped still finishes the item in hand, and that item may add
    RobotScope.Assigned job =
        scope
            .in(robot.robotId(), jobId, RobotScope.FINISHING)
            .orElseThrow(() -> RobotScope.noSuchJob(jobId));
    if (!flows.enqueues(job.flowName(), job.flowVersion()).contains(queue)) {
      throw NotFoundException.of("队列", "queue", queue);
    }
    return additions.add(queue, job.id(), items);
  }
}
