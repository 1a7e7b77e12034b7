package io.workforce.runtime.engine;

import io.workforce.flows.step.Check;
import io.workforce.flows.step.Click;
import io.workforce.flows.step.Download;
import io.workforce.flows.step.Fill;
import io.workforce.flows.step.Hover;
import io.workforce.flows.step.Open;
import io.workforce.flows.step.Press;
import io.workforce.flows.step.Read;
import io.workforce.flows.step.ReadTable;
import io.workforce.flows.step.Script;
import io.workforce.flows.step.Select;
import io.workforce.flows.step.Step;
import io.workforce.flows.step.Upload;
import io.workforce.flows.step.WaitFor;
import java.util.stream.Collectors;

/**
 * A one-line description of a step for step_start events, from the flow text (templates unrendered,
 * so no value — and no secret — appears; rendered values go into step_end, masked).
 */
final class Describe {

  private Describe() {}

  static String step(Step step) {
    String what;
    if (step instanceof Open o) {
      what =
          (o.system() == null ? "" : o.system() + " ") + (o.url() == null ? "" : o.url().source());
    } else if (step instanceof Click c) {
      what = c.selector().toString();
    } else if (step instanceof Fill f) {
      what =
          f.fields().stream().map(x -> x.selector().toString()).collect(Collectors.joining(", "));
    } else if (step instanceof Select s) {
      what = s.selector().toString();
    } else if (step instanceof Check c) {
      what = c.selector().toString();
    } else if (step instanceof Hover h) {
      what = h.selector().toString();
    } else if (step instanceof Press p) {
      what = p.key() + (p.selector() == null ? "" : " " + p.selector());
    } else if (step instanceof WaitFor w) {
      what = condition(w.condition());
    } else if (step instanceof Read r) {
      what = r.into();
    } else if (step instanceof ReadTable t) {
      what = t.selector() + " → " + t.into();
    } else if (step instanceof Upload u) {
      what = u.selector().toString();
    } else if (step instanceof Download d) {
      what = d.selector().toString();
    } else if (step instanceof Script sc) {
      what = sc.selector() == null ? "" : sc.selector().toString();
    } else {
      what = "";
    }
    return what.isEmpty() ? step.keyword() : step.keyword() + " " + what;
  }

  static String condition(WaitFor.Condition c) {
    if (c instanceof WaitFor.Visible v) {
      return v.selector().toString();
    }
    if (c instanceof WaitFor.Gone g) {
      return "gone " + g.selector();
    }
    if (c instanceof WaitFor.TextShown t) {
      return "text " + t.text().source();
    }
    if (c instanceof WaitFor.UrlMatches u) {
      return "url " + u.url().source();
    }
    return "";
  }

  /** Steps that act on an element of the page (and may meet the login page instead). */
  static boolean isPageStep(Step step) {
    return step instanceof Click
        || step instanceof Fill
        || step instanceof Select
        || step instanceof Check
        || step instanceof Press
        || step instanceof Hover
        || step instanceof Upload
        || step instanceof Download
        || step instanceof Script
        || step instanceof WaitFor
        || step instanceof Read
        || step instanceof ReadTable;
  }
}
