package io.workforce.runtime.assistant.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.runtime.assistant.Flows;
import io.workforce.runtime.assistant.api.Dtos.StartableFlow;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowListTest {

  private final List<StartableFlow> flows =
      List.of(
          Flows.form("sync-registrations", Map.of()),
          Flows.spreadsheet(
              "enter-from-spreadsheet", "xlsx", List.of("desktop", "robot"), List.of()),
          Flows.form("verify-applications", Map.of()));

  @Test
  void favouritesComeFirstThenByName() {
    FlowList list = new FlowList(flows, Set.of("verify-applications"));
    assertThat(list.shown(""))
        .extracting(StartableFlow::name)
        .containsExactly("verify-applications", "enter-from-spreadsheet", "sync-registrations");
  }

  @Test
  void searchMatchesEveryWordInNameOrDescriptionIgnoringCase() {
    FlowList list = new FlowList(flows, Set.of());
    assertThat(list.shown("ENTER 表格"))
        .extracting(StartableFlow::name)
        .containsExactly("enter-from-spreadsheet");
    assertThat(list.shown("表单"))
        .extracting(StartableFlow::name)
        .containsExactly("sync-registrations", "verify-applications");
    assertThat(list.shown("nothing-like-this")).isEmpty();
  }

  @Test
  void togglingAFavouriteTwiceUndoesIt() {
    FlowList list = new FlowList(flows, Set.of());
    assertThat(list.toggleFavourite("sync-registrations")).containsExactly("sync-registrations");
    assertThat(list.isFavourite("sync-registrations")).isTrue();
    assertThat(list.toggleFavourite("sync-registrations")).isEmpty();
    assertThat(list.shown(null).get(0).name()).isEqualTo("enter-from-spreadsheet");
  }
}
