package io.workforce.flows.parse;

import static io.workforce.flows.parse.Shape.choice;
import static io.workforce.flows.parse.Shape.duration;
import static io.workforce.flows.parse.Shape.either;
import static io.workforce.flows.parse.Shape.id;
import static io.workforce.flows.parse.Shape.listOf;
import static io.workforce.flows.parse.Shape.name;
import static io.workforce.flows.parse.Shape.obj;
import static io.workforce.flows.parse.Shape.objOneOf;
import static io.workforce.flows.parse.Shape.opt;
import static io.workforce.flows.parse.Shape.req;
import static io.workforce.flows.parse.Shape.selector;
import static io.workforce.flows.parse.Shape.steps;
import static io.workforce.flows.parse.Shape.template;
import static io.workforce.flows.parse.Shape.text;
import static io.workforce.flows.parse.Shape.whole;

import io.workforce.flows.expr.Template;
import io.workforce.flows.parse.Node.Entry;
import io.workforce.flows.parse.Shape.Bool;
import io.workforce.flows.parse.Shape.MapOf;
import io.workforce.flows.parse.Shape.Prop;
import io.workforce.flows.parse.Shape.TextKind;
import io.workforce.flows.step.Check;
import io.workforce.flows.step.Click;
import io.workforce.flows.step.Dialog;
import io.workforce.flows.step.Download;
import io.workforce.flows.step.Fill;
import io.workforce.flows.step.Frame;
import io.workforce.flows.step.Hover;
import io.workforce.flows.step.Open;
import io.workforce.flows.step.Press;
import io.workforce.flows.step.Screenshot;
import io.workforce.flows.step.Select;
import io.workforce.flows.step.Selector;
import io.workforce.flows.step.Tab;
import io.workforce.flows.step.Upload;
import io.workforce.flows.step.WaitFor;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps that work a page: open, click, fill, select, check, press, hover, upload, download,
 * wait…
 */
final class BrowserSteps {

  static final Prop TIMEOUT =
      opt("timeout", duration(), "How long to wait (default: the runtime's, 30s).");
  static final Prop SELECTOR =
      req("selector", selector(), "The element (css, text=, xpath=, role=, label=).");

  private BrowserSteps() {}

  static List<StepSpec> specs() {
    return List.of(
        open(),
        click(),
        fill(),
        select(),
        checkbox("check", "Ticks a checkbox or radio button.", true),
        checkbox("uncheck", "Clears a checkbox.", false),
        press(),
        hover(),
        upload(),
        download(),
        waitFor(),
        frame(),
        dialog(),
        tab(),
        screenshot());
  }

  private static StepSpec open() {
    Shape body =
        objOneOf(
            List.of("path", "url"),
            opt("system", id(), "The system whose session and address are used."),
            opt(
                "path",
                template(),
                "Path relative to the system's address, e.g. /company?code=${item.code}."),
            opt(
                "url",
                template(),
                "A full address (or, with system, one that replaces the system's address)."),
            TIMEOUT);
    return new StepSpec(
        "open",
        "Loads a page of a system (system + path) or a full address (url).",
        either(template(), body),
        "url",
        b -> {
          String system = b.text("system");
          if (system != null) {
            Systems.check(b, "system", system);
          } else if (b.has("path")) {
            b.problem("path", b.binder().m.pathNeedsSystem(), b.binder().m.hintPathNeedsSystem());
          }
          Template url = b.has("path") ? b.template("path") : b.template("url");
          return new Open(b.path(), b.location(), system, url, b.duration("timeout"));
        });
  }

  private static StepSpec click() {
    return new StepSpec(
        "click",
        "Clicks an element once it is visible and enabled.",
        either(selector(), obj(SELECTOR, opt("double", new Bool(), "Double-click."), TIMEOUT)),
        "selector",
        b ->
            new Click(
                b.path(),
                b.location(),
                b.selector("selector"),
                b.bool("double", false),
                b.duration("timeout")));
  }

  private static StepSpec fill() {
    MapOf fields = new MapOf(TextKind.SELECTOR, template());
    Shape single =
        objOneOf(
            List.of("selector", "fields"),
            opt("selector", selector(), "The input (with value)."),
            opt("value", template(), "What to type into selector."),
            opt("fields", fields, "Selector → value, filled in order."),
            opt(
                "force",
                new Bool(),
                "Set the value by script even when the field is read-only (date pickers)."),
            TIMEOUT);
    return new StepSpec(
        "fill",
        "Clears input fields and types values into them (selector → value).",
        either(single, fields),
        null,
        b -> {
          List<Fill.Field> out = new ArrayList<>();
          if (b.has("selector")) {
            if (!b.has("value")) {
              b.problem("selector", b.binder().m.missingField("fill", "value"), "");
            }
            out.add(
                new Fill.Field(b.selector("selector"), b.typed(b.node("value")), b.at("selector")));
          } else {
            Body map = b.has("fields") ? b.nested("fields") : b;
            if (map != null) {
              for (Entry e : map.entries()) {
                out.add(
                    new Fill.Field(
                        b.selector(new Node.Scalar(e.key(), e.keyLocation())),
                        b.typed(e.value()),
                        e.keyLocation()));
              }
            }
          }
          return new Fill(
              b.path(), b.location(), out, b.bool("force", false), b.duration("timeout"));
        });
  }

  private static StepSpec select() {
    Shape body =
        objOneOf(
            List.of("label", "value", "index"),
            SELECTOR,
            opt("label", template(), "The option's visible text."),
            opt("value", template(), "The option's value attribute."),
            opt("index", whole(0, 10_000), "The option's 0-based position."),
            TIMEOUT);
    return new StepSpec(
        "select",
        "Chooses an option of a <select> by label, value or index.",
        body,
        null,
        b -> {
          Select.By by =
              b.has("value") ? Select.By.VALUE : b.has("index") ? Select.By.INDEX : Select.By.LABEL;
          Template option =
              by == Select.By.INDEX ? b.template("index") : b.template(Body.lower(by));
          return new Select(
              b.path(), b.location(), b.selector("selector"), by, option, b.duration("timeout"));
        });
  }

  private static StepSpec checkbox(String keyword, String summary, boolean checked) {
    return new StepSpec(
        keyword,
        summary,
        either(selector(), obj(SELECTOR, TIMEOUT)),
        "selector",
        b ->
            new Check(
                b.path(), b.location(), b.selector("selector"), checked, b.duration("timeout")));
  }

  private static StepSpec press() {
    Shape body =
        obj(
            req("key", text(), "A key or chord: Enter, Tab, Control+A, F5."),
            opt("selector", selector(), "The element to focus first."),
            TIMEOUT);
    return new StepSpec(
        "press",
        "Presses a key or chord, optionally on an element.",
        either(text(), body),
        "key",
        b ->
            new Press(
                b.path(),
                b.location(),
                b.text("key"),
                b.selector("selector"),
                b.duration("timeout")));
  }

  private static StepSpec hover() {
    return new StepSpec(
        "hover",
        "Moves the mouse over an element (menus that open on hover).",
        either(selector(), obj(SELECTOR, TIMEOUT)),
        "selector",
        b -> new Hover(b.path(), b.location(), b.selector("selector"), b.duration("timeout")));
  }

  private static StepSpec upload() {
    Shape body =
        obj(
            SELECTOR,
            req("files", either(template(), listOf(template())), "File path(s) to upload."),
            TIMEOUT);
    return new StepSpec(
        "upload",
        "Sets the files of an <input type=file>.",
        body,
        null,
        b -> {
          List<Template> files = new ArrayList<>();
          Node n = b.node("files");
          if (n instanceof Node.ListNode list) {
            list.items().forEach(i -> files.add(b.template(i)));
          } else if (n != null) {
            files.add(b.template(n));
          }
          return new Upload(
              b.path(), b.location(), b.selector("selector"), files, b.duration("timeout"));
        });
  }

  private static StepSpec download() {
    Shape body =
        obj(
            req("selector", selector(), "The element whose click starts the download."),
            req(
                "save_as",
                template(),
                "File path, or a directory ending in / to keep the suggested name."),
            opt("into", name(), "Variable that receives the saved file's path."),
            TIMEOUT);
    return new StepSpec(
        "download",
        "Clicks an element that starts a download and saves the file.",
        body,
        null,
        b -> {
          Selector s = b.selector("selector");
          Template saveAs = b.template("save_as");
          return new Download(
              b.path(), b.location(), s, saveAs, b.defines("into"), b.duration("timeout"));
        });
  }

  private static StepSpec waitFor() {
    return new StepSpec(
        "wait_for",
        "Waits until an element shows, a text shows, the address matches, or an "
            + "element is gone.",
        either(selector(), Conditions.shape(TIMEOUT)),
        "selector",
        b -> new WaitFor(b.path(), b.location(), Conditions.build(b), b.duration("timeout")));
  }

  private static StepSpec frame() {
    Shape body =
        obj(
            req("selector", selector(), "The <iframe> element."),
            req("steps", steps(), "Steps run inside the frame."));
    return new StepSpec(
        "frame",
        "Runs steps inside an <iframe>.",
        body,
        null,
        b -> new Frame(b.path(), b.location(), b.selector("selector"), b.steps("steps")));
  }

  private static StepSpec dialog() {
    Shape actions = choice("accept", "dismiss");
    Shape body =
        obj(
            req("action", actions, "accept (OK) or dismiss (Cancel)."),
            opt("prompt", template(), "Text typed into a prompt() before accepting."),
            opt("into", name(), "Variable that receives the dialog's message."),
            opt(
                "steps",
                steps(),
                "Steps that open the dialog; without them, the next dialog is handled."));
    return new StepSpec(
        "dialog",
        "Accepts or dismisses a JavaScript alert/confirm/prompt and reads its text.",
        either(actions, body),
        "action",
        b -> {
          Template prompt = b.template("prompt");
          String into = b.defines("into");
          Dialog.Action action = b.choice("action", Dialog.Action.class, Dialog.Action.ACCEPT);
          return new Dialog(b.path(), b.location(), action, prompt, into, b.steps("steps"));
        });
  }

  private static StepSpec tab() {
    Shape targets = choice("new", "main");
    Shape body =
        objOneOf(
            List.of("to", "match"),
            opt("to", targets, "new: the newest tab (waits for one); main: the first tab."),
            opt(
                "match",
                template(),
                "Switch to the tab whose title or address contains this text."),
            opt("close", new Bool(), "Close the tab being left."),
            TIMEOUT);
    return new StepSpec(
        "tab",
        "Switches to another tab or window of the same session.",
        either(targets, body),
        "to",
        b -> {
          Tab.Target target =
              b.has("match")
                  ? Tab.Target.MATCHING
                  : b.choice("to", Tab.Target.class, Tab.Target.NEW);
          return new Tab(
              b.path(),
              b.location(),
              target,
              b.template("match"),
              b.bool("close", false),
              b.duration("timeout"));
        });
  }

  private static StepSpec screenshot() {
    Shape body =
        obj(
            opt("name", template(), "File name without extension (default: screenshot)."),
            opt("selector", selector(), "Only this element."),
            opt("full_page", new Bool(), "The whole scrollable page."));
    return new StepSpec(
        "screenshot",
        "Saves a picture of the page or an element into the run's folder.",
        either(template(), body),
        "name",
        b -> {
          Template name =
              b.has("name") ? b.template("name") : Template.literal("screenshot", b.location());
          return new Screenshot(
              b.path(), b.location(), name, b.selector("selector"), b.bool("full_page", false));
        });
  }
}
