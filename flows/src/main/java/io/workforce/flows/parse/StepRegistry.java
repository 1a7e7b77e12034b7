package io.workforce.flows.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every step type of the language, by keyword, in documentation order. */
final class StepRegistry {

  private static final Map<String, StepSpec> SPECS = new LinkedHashMap<>();

  static {
    List<StepSpec> all = new ArrayList<>();
    all.addAll(BrowserSteps.specs());
    all.addAll(DataSteps.specs());
    all.addAll(ValueSteps.specs());
    all.addAll(ControlSteps.specs());
    all.addAll(FileSteps.specs());
    all.add(ScriptStep.spec());
    all.forEach(s -> SPECS.put(s.keyword(), s));
  }

  private static final List<String> KEYWORDS = List.copyOf(SPECS.keySet());

  private StepRegistry() {}

  static StepSpec spec(String keyword) {
    return SPECS.get(keyword);
  }

  static List<String> keywords() {
    return KEYWORDS;
  }

  static Map<String, StepSpec> all() {
    return Collections.unmodifiableMap(SPECS);
  }
}
