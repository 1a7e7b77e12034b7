package io.workforce.orchestrator.job;

import io.workforce.flows.expr.Expressions;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.flow.FlowLabels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a run's result table from the items it ended (issue 21): {@code #}, the item's inputs,
 * outcome, reason, then its outputs; inputs and outputs under the labels the flow version declares
 * (names stand for themselves where it declares none, declared ones come first), a file a form
 * field holds under its original name, never a raw {@code {"file":"jf_…"}}. The same table the
 * robot runtime writes into a local run's result file.
 */
@Component
class RunResults {

  private final JobItems items;
  private final FlowLabels labels;
  private final JdbcClient jdbc;
  private final JsonMapper json;

  RunResults(JobItems items, FlowLabels labels, JdbcClient jdbc, JsonMapper json) {
    this.items = items;
    this.labels = labels;
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * The table of a job (the caller checked who may see it).
   *
   * @param language picks each text: {@code Text::zh}-like, e.g. {@code t -> t.in(request)}
   */
  RunResultTable table(JobView job, Function<Text, String> language) {
    List<JobItemView> ended = items.all(job.id());
    FlowLabels.Labels declared = labels.of(job.flowName(), job.flowVersion());
    Map<String, String> inputs = columns(declared.inputs(), ended, JobItemView::inputs);
    Map<String, String> outputs = columns(declared.outputs(), ended, JobItemView::output);
    Map<String, String> files = new HashMap<>();

    List<String> header = new ArrayList<>();
    header.add(language.apply(Text.of("序号", "#")));
    header.addAll(inputs.values());
    header.add(language.apply(Text.of("结果", "Outcome")));
    header.add(language.apply(Text.of("原因", "Reason")));
    header.addAll(outputs.values());
    List<List<String>> rows = new ArrayList<>(ended.size());
    int n = 0;
    for (JobItemView item : ended) {
      n++;
      List<String> cells = new ArrayList<>(header.size());
      cells.add(String.valueOf(item.index() != null ? item.index() : n));
      inputs.keySet().forEach(k -> cells.add(text(value(item.inputs(), k), files)));
      cells.add(language.apply(outcome(item.outcome())));
      cells.add(item.reason() == null ? "" : item.reason());
      outputs.keySet().forEach(k -> cells.add(text(value(item.output(), k), files)));
      rows.add(cells);
    }
    return new RunResultTable(header, rows);
  }

  /** The people's name of an outcome (the runtime's words: 成功, 无需处理, 业务错误, 系统错误). */
  static Text outcome(String outcome) {
    return switch (outcome) {
      case "SUCCESSFUL" -> Text.of("成功", "succeeded");
      case "UNCHANGED" -> Text.of("无需处理", "done, nothing changed");
      case "BUSINESS_FAILED" -> Text.of("业务错误", "business error");
      default -> Text.of("系统错误", "system error");
    };
  }

  /** Declared columns first (with their labels), then any other name an item carries. */
  private static Map<String, String> columns(
      Map<String, String> declared,
      Collection<JobItemView> ended,
      Function<JobItemView, Map<String, Object>> values) {
    Map<String, String> out = new LinkedHashMap<>(declared);
    for (JobItemView item : ended) {
      Map<String, Object> v = values.apply(item);
      if (v != null) {
        v.keySet().forEach(k -> out.putIfAbsent(k, k));
      }
    }
    return out;
  }

  private static Object value(Map<String, Object> values, String key) {
    return values == null ? null : values.get(key);
  }

  /** A value as a clerk reads it: numbers written out, a file by its name, nothing for null. */
  private String text(Object value, Map<String, String> files) {
    if (value == null) {
      return "";
    }
    if (value instanceof Map<?, ?> m && m.size() == 1 && m.get("file") instanceof String id) {
      return files.computeIfAbsent(id, this::fileName);
    }
    if (value instanceof Double || value instanceof Float) {
      return Expressions.text(BigDecimal.valueOf(((Number) value).doubleValue()));
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      return json.writeValueAsString(value);
    }
    return Expressions.text(value);
  }

  private String fileName(String id) {
    return jdbc.sql("SELECT original_name FROM job_file WHERE id = ?")
        .param(id)
        .query(String.class)
        .optional()
        .orElse("");
  }
}
