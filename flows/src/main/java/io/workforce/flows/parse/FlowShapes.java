package io.workforce.flows.parse;

import static io.workforce.flows.parse.Shape.choice;
import static io.workforce.flows.parse.Shape.either;
import static io.workforce.flows.parse.Shape.id;
import static io.workforce.flows.parse.Shape.listOf;
import static io.workforce.flows.parse.Shape.name;
import static io.workforce.flows.parse.Shape.obj;
import static io.workforce.flows.parse.Shape.objOneOf;
import static io.workforce.flows.parse.Shape.opt;
import static io.workforce.flows.parse.Shape.req;
import static io.workforce.flows.parse.Shape.steps;
import static io.workforce.flows.parse.Shape.template;
import static io.workforce.flows.parse.Shape.text;
import static io.workforce.flows.parse.Shape.whole;

import io.workforce.flows.parse.Shape.Bool;
import io.workforce.flows.parse.Shape.Decimal;
import io.workforce.flows.parse.Shape.MapOf;
import io.workforce.flows.parse.Shape.Obj;
import io.workforce.flows.parse.Shape.Text;
import io.workforce.flows.parse.Shape.TextKind;
import java.util.List;

/** The shape of a flow file around its steps: header, systems, input, output. */
final class FlowShapes {

  static final Shape PLACEMENT = choice("robot", "desktop");

  static final Obj SYSTEM =
      obj(
          req("url", template(), "The system's base address; may use ${env.NAME}."),
          opt(
              "credential",
              id(),
              "The vault name of the staff account that logs in (never the secret itself)."),
          opt(
              "max_sessions",
              whole(1, 1000),
              "How many sessions the system allows at once (default 1)."),
          opt(
              "login",
              steps(),
              "Steps that log in; only they may use ${credential.username} / ${credential.password}, "
                  + "each only as the whole value of a fill field."),
          opt(
              "logged_out",
              Conditions.shape(),
              "How to tell that the session was logged out (then the robot logs in again)."));

  static final Obj FORM_FIELD =
      obj(
          req("name", name(), "The key: ${item.NAME}."),
          opt("label", text(), "What the clerk reads (default: the name)."),
          opt(
              "type",
              choice("text", "number", "date", "choice", "file"),
              "text (default), number, date, choice or file."),
          opt("required", new Bool(), "Whether the clerk must fill it in (default true)."),
          opt("choices", listOf(text()), "The allowed values of a choice field."),
          opt("pattern", new Text(TextKind.REGEX), "A regular expression a text field must match."),
          opt("min", new Decimal(-Double.MAX_VALUE), "The smallest number allowed."),
          opt("max", new Decimal(-Double.MAX_VALUE), "The largest number allowed."));

  static final Obj INPUT =
      objOneOf(
          List.of("queue", "file", "form"),
          opt("queue", id(), "Items come from this orchestrator work queue."),
          opt(
              "file",
              choice("xlsx", "csv"),
              "Items are the rows of a spreadsheet or CSV file handed in at start."),
          opt("sheet", text(), "The sheet (xlsx; default: the first)."),
          opt("header_row", whole(1, 1_000_000), "The row holding the column names (default 1)."),
          opt(
              "columns",
              listOf(text()),
              "The columns the flow relies on (checked in ${item.…} and at start)."),
          opt("form", listOf(FORM_FIELD), "Fields a clerk fills in when starting the flow."),
          opt(
              "key",
              listOf(text()),
              "The columns (file) or fields (form) that tell items apart in journals and results."),
          opt(
              "fields",
              listOf(FORM_FIELD),
              "With file: values given once at start (--set, the start form), added to every row."));

  static final Obj FLOW =
      obj(
          req("flow", id(), "The flow's unique name, e.g. sync-registrations."),
          opt("version", whole(1, 1_000_000), "A positive version number (default 1)."),
          opt("description", text(), "What the flow does, for people."),
          opt(
              "manual_minutes_per_item",
              new Decimal(0),
              "Minutes a clerk needs by hand for one item (for \"time saved\")."),
          opt(
              "runs_on",
              either(PLACEMENT, listOf(PLACEMENT)),
              "robot (unattended; default) and/or desktop (attended)."),
          opt("systems", new MapOf(TextKind.ID, SYSTEM), "The systems the flow works in, by name."),
          opt(
              "input",
              INPUT,
              "Where the items come from: queue, file (xlsx/csv) or form (default: one run, no item)."),
          opt(
              "output",
              new MapOf(
                  TextKind.NAME, either(text(), obj(req("label", text(), "What people read.")))),
              "Values the flow reports per item: name → label."),
          opt(
              "before",
              steps(),
              "Steps each worker runs once before its first item (and again after its sessions were rebuilt)."),
          req("steps", steps(), "The steps run for each item."),
          opt("after", steps(), "Steps each worker runs once after its last item."));

  private FlowShapes() {}
}
