package io.workforce.runtime.result;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowInput;
import io.workforce.flows.FormField;
import io.workforce.flows.OutputDef;
import io.workforce.flows.expr.Expressions;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.input.WorkItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the result table of a local run: {@code #}, the item's input columns, outcome, reason,
 * then its outputs; inputs and outputs under the labels the flow declares (a form field's or file
 * field's {@code label}, an output's label), else under their names. Items that never ran (the run
 * was stopped) are listed too, with the outcome "not run": nothing handed in goes missing.
 */
public final class RunResults {

  private RunResults() {}

  /**
   * @param items every item known to the run (a file's rows, or those a queue handed out), in order
   * @param results how each item that ran ended, by item index
   */
  public static ResultTable table(
      Flow flow, Collection<WorkItem> items, Map<Integer, ItemResult> results) {
    Map<String, String> inputs = new LinkedHashMap<>();
    Map<String, String> labels = inputLabels(flow.input());
    items.forEach(i -> i.data().keySet().forEach(k -> inputs.putIfAbsent(k, label(labels, k))));
    Map<String, String> outputs = new LinkedHashMap<>();
    flow.outputs().forEach(o -> outputs.put(o.name(), o.label()));
    results.values().forEach(r -> r.outputs().keySet().forEach(k -> outputs.putIfAbsent(k, k)));

    List<String> header = new ArrayList<>();
    header.add(Messages.get("result.index"));
    header.addAll(inputs.values());
    header.add(Messages.get("result.status"));
    header.add(Messages.get("result.reason"));
    header.addAll(outputs.values());
    List<ResultTable.Row> rows = new ArrayList<>();
    for (WorkItem item : items) {
      ItemResult result = results.get(item.index());
      List<String> cells = new ArrayList<>();
      cells.add(String.valueOf(item.index()));
      inputs.keySet().forEach(k -> cells.add(text(item.data().get(k))));
      cells.add(
          result == null
              ? Messages.get("result.notRun")
              : Messages.get(result.status().messageKey()));
      cells.add(result == null ? "" : text(result.reason()));
      outputs.keySet().forEach(k -> cells.add(result == null ? "" : text(result.outputs().get(k))));
      rows.add(new ResultTable.Row(result == null ? null : result.status(), cells));
    }
    return new ResultTable(header, rows);
  }

  private static Map<String, String> inputLabels(FlowInput input) {
    Map<String, String> labels = new LinkedHashMap<>();
    List<FormField> fields =
        input instanceof FlowInput.Form f
            ? f.fields()
            : input instanceof FlowInput.File f ? f.fields() : List.of();
    fields.forEach(f -> labels.put(f.name(), f.label()));
    return labels;
  }

  private static String label(Map<String, String> labels, String name) {
    return labels.getOrDefault(name, name);
  }

  /** A value as a clerk reads it: numbers without exponent, nothing for null, secrets masked. */
  static String text(Object value) {
    return value == null ? "" : Secrets.mask(Expressions.text(value));
  }

  /** The labels of a flow's outputs by name (for tables built from elsewhere). */
  public static Map<String, String> outputLabels(Flow flow) {
    Map<String, String> out = new LinkedHashMap<>();
    for (OutputDef o : flow.outputs()) {
      out.put(o.name(), o.label());
    }
    return out;
  }
}
