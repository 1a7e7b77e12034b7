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
import static io.workforce.flows.parse.Shape.selector;
import static io.workforce.flows.parse.Shape.template;
import static io.workforce.flows.parse.Shape.text;
import static io.workforce.flows.parse.Shape.whole;

import io.workforce.flows.expr.Template;
import io.workforce.flows.parse.Node.Entry;
import io.workforce.flows.parse.Shape.Bool;
import io.workforce.flows.parse.Shape.Json;
import io.workforce.flows.parse.Shape.MapOf;
import io.workforce.flows.parse.Shape.Prop;
import io.workforce.flows.parse.Shape.Text;
import io.workforce.flows.parse.Shape.TextKind;
import io.workforce.flows.step.Enqueue;
import io.workforce.flows.step.Http;
import io.workforce.flows.step.Ocr;
import io.workforce.flows.step.ReadCsv;
import io.workforce.flows.step.ReadSheet;
import io.workforce.flows.step.WriteCsv;
import io.workforce.flows.step.WriteSheet;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The steps that read and write files and talk to APIs: ocr, read_sheet, write_sheet, read_csv,
 * write_csv, http, enqueue.
 */
final class FileSteps {

  static final Prop FILE =
      req("file", template(), "The file's path (relative to the run's working directory).");
  static final Prop INTO = req("into", name(), "The variable that receives the list of records.");
  static final Prop ROWS = req("rows", template(), "The list of records, e.g. ${results}.");
  static final Prop COLUMNS =
      opt(
          "columns",
          listOf(text()),
          "The record keys written, in order (default: the keys " + "of the first record).");
  static final Prop APPEND =
      opt("append", new Bool(), "Add to what the file holds instead of replacing it.");
  static final Prop DELIMITER = opt("delimiter", text(), "The field separator (default ,).");
  static final Prop ENCODING =
      opt("encoding", text(), "The character set (default UTF-8; GBK for older systems).");

  private FileSteps() {}

  static List<StepSpec> specs() {
    return List.of(ocr(), readSheet(), writeSheet(), readCsv(), writeCsv(), http(), enqueue());
  }

  private static StepSpec ocr() {
    Shape region =
        obj(
            req("x", whole(0, 100_000), "Left, in CSS pixels."),
            req("y", whole(0, 100_000), "Top."),
            req("width", whole(1, 100_000), "Width."),
            req("height", whole(1, 100_000), "Height."));
    Shape body =
        objOneOf(
            List.of("selector", "region", "file"),
            opt("selector", selector(), "A screenshot of this element."),
            opt("region", region, "A region of the visible page."),
            opt("file", template(), "An image file."),
            opt("language", text(), "Tesseract languages (default chi_sim+eng)."),
            opt(
                "field",
                choice("text", "amount", "id_number", "credit_code", "date"),
                "How the text is read and checked (default text; id_number and credit_code check their check digit)."),
            opt(
                "chars",
                text(),
                "The only characters the image can show, e.g. 0-9 (Tesseract's whitelist; field text only)."),
            opt(
                "pattern",
                new Text(TextKind.REGEX),
                "What the whole text must match, e.g. \\d{4}: read again with other preprocessing until it does (field text only)."),
            req("into", name(), "The variable."),
            BrowserSteps.TIMEOUT);
    return new StepSpec(
        "ocr",
        "Reads text from an element, a page region or an image file with OCR.",
        body,
        null,
        b -> {
          Ocr.Source source = null;
          Body r = b.nested("region");
          if (r != null) {
            source =
                new Ocr.Region(
                    r.whole("x", 0), r.whole("y", 0), r.whole("width", 1), r.whole("height", 1));
          } else if (b.has("file")) {
            source = new Ocr.ImageFile(b.template("file"));
          } else if (b.has("selector")) {
            source = new Ocr.Element(b.selector("selector"));
          }
          String field = b.has("field") ? b.text("field") : "text";
          String chars = OcrChars.of(b, field);
          Pattern pattern = OcrChars.pattern(b, field);
          String language =
              b.has("language")
                  ? b.text("language")
                  : chars != null && OcrChars.latin(chars) ? "eng" : "chi_sim+eng";
          return new Ocr(
              b.path(),
              b.location(),
              source,
              language,
              field,
              chars,
              pattern,
              b.defines("into"),
              b.duration("timeout"));
        });
  }

  private static StepSpec readSheet() {
    Shape body =
        obj(
            FILE,
            opt("sheet", template(), "The sheet's name (default: the first sheet)."),
            opt(
                "header_row",
                whole(1, 1_000_000),
                "The 1-based row with the column names (default 1)."),
            INTO);
    return new StepSpec(
        "read_sheet",
        "Reads an xlsx sheet into a list of records keyed by the header row.",
        body,
        null,
        b -> {
          Template file = b.template("file");
          Template sheet = b.template("sheet");
          return new ReadSheet(
              b.path(), b.location(), file, sheet, b.whole("header_row", 1), b.defines("into"));
        });
  }

  private static StepSpec writeSheet() {
    Shape body =
        obj(
            FILE,
            opt("sheet", template(), "The sheet's name (default Sheet1)."),
            ROWS,
            COLUMNS,
            APPEND);
    return new StepSpec(
        "write_sheet",
        "Writes a list of records to an xlsx sheet.",
        body,
        null,
        b ->
            new WriteSheet(
                b.path(),
                b.location(),
                b.template("file"),
                b.template("sheet"),
                b.template("rows"),
                b.texts("columns"),
                b.bool("append", false)));
  }

  private static StepSpec readCsv() {
    Shape body = obj(FILE, DELIMITER, ENCODING, INTO);
    return new StepSpec(
        "read_csv",
        "Reads a CSV file with a header line into a list of records.",
        body,
        null,
        b -> {
          Template file = b.template("file");
          return new ReadCsv(
              b.path(), b.location(), file, delimiter(b), encoding(b), b.defines("into"));
        });
  }

  private static StepSpec writeCsv() {
    Shape body = obj(FILE, ROWS, COLUMNS, DELIMITER, ENCODING, APPEND);
    return new StepSpec(
        "write_csv",
        "Writes a list of records to a CSV file with a header line.",
        body,
        null,
        b ->
            new WriteCsv(
                b.path(),
                b.location(),
                b.template("file"),
                b.template("rows"),
                b.texts("columns"),
                delimiter(b),
                encoding(b),
                b.bool("append", false)));
  }

  private static char delimiter(Body b) {
    String d = b.text("delimiter");
    if (d == null) {
      return ',';
    }
    String t = "\\t".equals(d) ? "\t" : d;
    if (t.length() != 1) {
      b.problem(
          "delimiter",
          b.binder().m.wrongType("delimiter", b.binder().m.exOneChar(), b.binder().m.kindText(d)),
          "");
      return ',';
    }
    return t.charAt(0);
  }

  private static String encoding(Body b) {
    String e = b.text("encoding");
    if (e == null) {
      return "UTF-8";
    }
    try {
      return Charset.forName(e).name();
    } catch (IllegalArgumentException ex) {
      b.problem("encoding", b.binder().m.unknownEncoding(e), b.binder().m.hintEncodings());
      return "UTF-8";
    }
  }

  private static StepSpec http() {
    Shape body =
        obj(
            opt(
                "method",
                choice("GET", "POST", "PUT", "PATCH", "DELETE"),
                "The method (default GET)."),
            opt("system", id(), "The system whose address the url is relative to."),
            req("url", template(), "The path (with system) or full address."),
            opt("headers", new MapOf(TextKind.TEXT, template()), "Request headers."),
            opt("body", new Json(), "The JSON body; texts in it may contain ${…}."),
            opt("into", name(), "The variable that receives the parsed JSON response."),
            opt(
                "expect_status",
                either(whole(100, 599), listOf(whole(100, 599))),
                "Status codes that count as success (default 200–299)."),
            BrowserSteps.TIMEOUT);
    return new StepSpec(
        "http",
        "Sends a JSON request to a system that has an API and reads the JSON answer.",
        body,
        null,
        b -> {
          String system = b.text("system");
          if (system != null) {
            Systems.check(b, "system", system);
          }
          Map<String, Template> headers = new LinkedHashMap<>();
          Body h = b.nested("headers");
          for (Entry e : h == null ? List.<Entry>of() : h.entries()) {
            headers.put(e.key(), h.template(e.value()));
          }
          List<Integer> expect = new ArrayList<>();
          b.texts("expect_status").stream()
              .filter(s -> s.matches("\\d{3}"))
              .forEach(s -> expect.add(Integer.valueOf(s)));
          Object body1 = b.has("body") ? json(b, b.node("body")) : null;
          String method =
              b.text("method") != null ? b.text("method").toUpperCase(Locale.ROOT) : "GET";
          return new Http(
              b.path(),
              b.location(),
              method,
              system,
              b.template("url"),
              headers,
              body1,
              b.defines("into"),
              expect,
              b.duration("timeout"));
        });
  }

  private static StepSpec enqueue() {
    Shape body =
        obj(
            req(
                "queue",
                id(),
                "The work queue's name, written out (no ${…}): the orchestrator lets a job add"
                    + " only to the queues its flow names."),
            req("reference", template(), "Unique in the queue, e.g. ${row.creditCode}."),
            opt("priority", whole(1, 10), "1 (first) to 10 (default 5)."),
            opt(
                "deadline",
                template(),
                "When it should be done: 2026-12-31 or 2026-12-31T18:00 (local time) or with an"
                    + " offset."),
            opt("payload", new Json(), "The item's data; texts in it may contain ${…}."),
            opt(
                "into",
                name(),
                "The variable that receives true when added, false when the reference was"
                    + " already there."));
    return new StepSpec(
        "enqueue",
        "Adds an item to a work queue that another flow processes item by item.",
        body,
        null,
        b ->
            new Enqueue(
                b.path(),
                b.location(),
                b.text("queue"),
                b.template("reference"),
                b.has("priority") ? b.whole("priority", 5) : null,
                b.has("deadline") ? b.template("deadline") : null,
                b.has("payload") ? json(b, b.node("payload")) : null,
                b.defines("into")));
  }

  /** A JSON tree whose strings are templates. */
  static Object json(Body b, Node node) {
    if (node instanceof Node.MapNode map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.entries().values().forEach(e -> out.put(e.key(), json(b, e.value())));
      return out;
    }
    if (node instanceof Node.ListNode list) {
      List<Object> out = new ArrayList<>();
      list.items().forEach(i -> out.add(json(b, i)));
      return out;
    }
    Node.Scalar s = (Node.Scalar) node;
    return s.value() instanceof String ? b.template(s) : s.value();
  }
}
