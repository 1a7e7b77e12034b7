package io.workforce.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.flows.step.Enqueue;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The enqueue step: what a dispatcher flow adds to a work queue. */
class EnqueueStepTest {

  private final FlowParser parser = FlowParser.create().withLocale(Locale.ENGLISH);

  private Enqueue enqueue(String body) {
    Flow flow =
        parser.parse(
            "f.yaml",
            "flow: f\ninput: { file: csv, columns: [code, name] }\nsteps:\n  - enqueue: "
                + body
                + "\n");
    return (Enqueue) flow.steps().get(0);
  }

  @Test
  void theQueueIsWrittenOutAndReferenceDeadlineAndPayloadAreTemplates() {
    Enqueue step =
        enqueue(
            "{ queue: registrations, reference: \"${item.code}\", priority: 2,"
                + " deadline: \"2026-12-31\", payload: { name: \"${item.name}\", n: 1 },"
                + " into: added }");
    assertThat(step.queue()).isEqualTo("registrations");
    assertThat(step.reference().toString()).contains("item.code");
    assertThat(step.priority()).isEqualTo(2);
    assertThat(step.deadline()).isNotNull();
    assertThat(step.payload()).isInstanceOf(Map.class);
    assertThat(((Map<?, ?>) step.payload()).keySet().stream().map(String::valueOf))
        .containsExactly("name", "n");
    assertThat(step.into()).isEqualTo("added");
  }

  @Test
  void priorityDeadlinePayloadAndIntoMayBeLeftOut() {
    Enqueue step = enqueue("{ queue: registrations, reference: \"${item.code}\" }");
    assertThat(step.priority()).isNull();
    assertThat(step.deadline()).isNull();
    assertThat(step.payload()).isNull();
    assertThat(step.into()).isNull();
  }

  @Test
  void theFlowListsEveryQueueItsEnqueueStepsNameNestedOnesIncluded() {
    Flow flow =
        parser.parse(
            "f.yaml",
            """
            flow: f
            input: { file: csv, columns: [code] }
            before:
              - enqueue: { queue: zeta, reference: "b" }
            steps:
              - log: "x"
              - for_each:
                  in: "${[1, 2]}"
                  as: n
                  steps:
                    - if:
                        condition: "${n > 1}"
                        then: [ { enqueue: { queue: beta, reference: "${n}" } } ]
                        else: [ { enqueue: { queue: alpha, reference: "${n}" } } ]
              - enqueue: { queue: beta, reference: "${item.code}" }
            """);
    assertThat(flow.enqueueQueues()).containsExactly("alpha", "beta", "zeta");
  }

  @Test
  void aFlowWithoutEnqueueNamesNoQueue() {
    Flow flow = parser.parse("f.yaml", "flow: f\nsteps:\n  - log: x\n");
    assertThat(flow.enqueueQueues()).isEmpty();
  }
}
