package io.workforce.flows.parse;

import static io.workforce.flows.parse.Shape.opt;
import static io.workforce.flows.parse.Shape.selector;
import static io.workforce.flows.parse.Shape.template;

import io.workforce.flows.parse.Shape.Prop;
import io.workforce.flows.step.WaitFor;
import java.util.ArrayList;
import java.util.List;

/** Page conditions, shared by {@code wait_for} and a system's {@code logged_out} rule. */
final class Conditions {

  private Conditions() {}

  static Shape shape(Prop... extra) {
    List<Prop> props =
        new ArrayList<>(
            List.of(
                opt("selector", selector(), "An element is visible."),
                opt("text", template(), "A text is visible anywhere on the page."),
                opt(
                    "url",
                    template(),
                    "The address contains this text (or matches it, with * as a wildcard)."),
                opt("gone", selector(), "An element is hidden or absent.")));
    props.addAll(List.of(extra));
    return new Shape.Obj(props, List.of(List.of("selector", "text", "url", "gone")));
  }

  /** The condition of a checked body, or null when it has none. */
  static WaitFor.Condition build(Body b) {
    if (b.has("text")) {
      return new WaitFor.TextShown(b.template("text"));
    }
    if (b.has("url")) {
      return new WaitFor.UrlMatches(b.template("url"));
    }
    if (b.has("gone")) {
      return new WaitFor.Gone(b.selector("gone"));
    }
    return b.has("selector") ? new WaitFor.Visible(b.selector("selector")) : null;
  }
}
