package io.workforce.runtime.assistant.credentials;

import io.workforce.runtime.assistant.api.Dtos.MyCredential;
import io.workforce.runtime.assistant.api.Dtos.StartableFlow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which flows need which of the clerk's personal credentials, and which personal values a flow
 * still lacks (so that a start says so before anything runs). Shared credentials are the
 * administrator's business.
 */
public final class CredentialNeeds {

  private final Map<String, MyCredential> personal = new LinkedHashMap<>();
  private final List<StartableFlow> flows;

  public CredentialNeeds(List<MyCredential> personal, List<StartableFlow> flows) {
    personal.forEach(c -> this.personal.put(c.name(), c));
    this.flows = List.copyOf(flows);
  }

  /** The personal credentials, in the server's order. */
  public List<MyCredential> personal() {
    return List.copyOf(personal.values());
  }

  /** The names of the flows that log in with this credential. */
  public List<String> flowsNeeding(String credential) {
    return flows.stream()
        .filter(f -> f.credentials().contains(credential))
        .map(StartableFlow::name)
        .toList();
  }

  /** The personal credentials this flow needs whose value the clerk has not set. */
  public List<String> missingFor(StartableFlow flow) {
    List<String> missing = new ArrayList<>();
    for (String name : flow.credentials()) {
      MyCredential c = personal.get(name);
      if (c != null && !c.valueSet()) {
        missing.add(name);
      }
    }
    return missing;
  }
}
