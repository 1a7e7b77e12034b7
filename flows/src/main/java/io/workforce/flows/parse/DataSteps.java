package io.workforce.flows.parse;

import static io.workforce.flows.parse.Shape.choice;
import static io.workforce.flows.parse.Shape.either;
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
import io.workforce.flows.parse.Shape.MapOf;
import io.workforce.flows.parse.Shape.Prop;
import io.workforce.flows.parse.Shape.Text;
import io.workforce.flows.parse.Shape.TextKind;
import io.workforce.flows.step.Extract;
import io.workforce.flows.step.Otherwise;
import io.workforce.flows.step.Read;
import io.workforce.flows.step.ReadTable;
import io.workforce.flows.step.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The steps that read values from pages and texts: read, read_table, extract. */
final class DataSteps {

  static final Shape AS = choice("text", "integer", "decimal", "date");
  static final Shape OTHERWISE = choice("business_error", "system_error", "warn");
  static final Prop FORMAT =
      opt("format", new Text(TextKind.DATE_FORMAT), "Date format for as: date, e.g. yyyy年M月d日.");

  private DataSteps() {}

  static List<StepSpec> specs() {
    return List.of(read(), readTable(), extract());
  }

  private static List<Prop> readFieldProps(boolean selectorRequired) {
    return List.of(
        selectorRequired ? BrowserSteps.SELECTOR : opt("selector", selector(), "The element."),
        opt(
            "from",
            choice("text", "value"),
            "text (default): the element's text; value: an input's value."),
        opt("attribute", text(), "Read this attribute instead (href, title, data-id…)."),
        opt("as", AS, "Convert to text (default), integer, decimal or date."),
        FORMAT,
        opt("required", new Bool(), "false: a missing element gives null instead of an error."));
  }

  private static StepSpec read() {
    Shape field = either(selector(), new Shape.Obj(readFieldProps(true), List.of()));
    List<Prop> props = new ArrayList<>(readFieldProps(false));
    props.add(req("into", name(), "The variable; with fields it becomes a record."));
    props.add(
        opt("fields", new MapOf(TextKind.NAME, field), "Name → selector (or {selector, as, …})."));
    props.add(
        opt(
            "table",
            selector(),
            "A label/value table (姓名 | 张三 | 性别 | 男) read into a record keyed by its labels."));
    props.add(
        opt(
            "labels",
            new MapOf(TextKind.NAME, text()),
            "With table: record key → label to keep; a missing label is an error "
                + "(default: every label, as written)."));
    props.add(BrowserSteps.TIMEOUT);
    Shape body = new Shape.Obj(props, List.of(List.of("selector", "fields", "table")));
    return new StepSpec(
        "read",
        "Reads text, input values or attributes of elements into variables, converted "
            + "to text, integer, decimal or date.",
        body,
        null,
        b -> {
          if (b.has("labels") && !b.has("table")) {
            b.problem(
                "labels", b.binder().m.labelsWithoutTable(), b.binder().m.hintLabelsWithoutTable());
          }
          if (b.has("table")) {
            Map<String, String> labels = new LinkedHashMap<>();
            Body map = b.nested("labels");
            for (Entry e : map == null ? List.<Entry>of() : map.entries()) {
              if (e.value() instanceof Node.Scalar s && s.value() != null) {
                labels.put(e.key(), s.text());
              }
            }
            return new Read(
                b.path(),
                b.location(),
                b.defines("into"),
                List.of(),
                true,
                b.duration("timeout"),
                b.selector("table"),
                labels);
          }
          List<Read.Field> fields = new ArrayList<>();
          boolean record = b.has("fields");
          if (record) {
            Body map = b.nested("fields");
            for (Entry e : map == null ? List.<Entry>of() : map.entries()) {
              Body f =
                  e.value() instanceof Node.MapNode
                      ? map.nested(e.key())
                      : new Body(b.binder(), single(e), b.path(), e.keyLocation());
              fields.add(field(f, e.key(), e.keyLocation()));
            }
          } else {
            fields.add(field(b, b.text("into"), b.location()));
          }
          return new Read(
              b.path(),
              b.location(),
              b.defines("into"),
              fields,
              record,
              b.duration("timeout"),
              null,
              Map.of());
        });
  }

  private static Node.MapNode single(Entry e) {
    Node.MapNode wrapped = new Node.MapNode();
    wrapped.entries().put("selector", new Entry("selector", e.keyLocation(), e.value()));
    return wrapped;
  }

  private static Read.Field field(Body f, String name, io.workforce.flows.SourceLocation at) {
    Read.Source source =
        f.has("attribute")
            ? Read.Source.ATTRIBUTE
            : f.choice("from", Read.Source.class, Read.Source.TEXT);
    return new Read.Field(
        name,
        f.selector("selector"),
        source,
        f.text("attribute"),
        f.choice("as", ValueType.class, ValueType.TEXT),
        f.text("format"),
        f.bool("required", true),
        at);
  }

  private static StepSpec readTable() {
    Shape column =
        either(
            text(),
            objOneOf(
                List.of("header", "index"),
                opt("header", text(), "The header text of the column."),
                opt("index", whole(1, 1000), "The 1-based column number."),
                opt("as", AS, "Convert to text (default), integer, decimal or date."),
                FORMAT));
    Shape body =
        obj(
            req("selector", selector(), "The <table> (or the element holding the rows)."),
            req("into", name(), "The variable that receives the list of records."),
            opt(
                "rows",
                selector(),
                "The rows inside it: CSS, XPath or role= (default: the table's own rows)."),
            opt(
                "header",
                either(choice("auto", "none"), whole(1, 1000)),
                "Which row is the header: auto (default; th, thead or bold cells), none, "
                    + "or its row number (rows above it are not records)."),
            opt(
                "columns",
                new MapOf(TextKind.NAME, column),
                "Name → header text (or {header|index, as}); "
                    + "default: every column, keyed by its header."),
            opt("next", selector(), "Pagination: click this until it is gone or disabled."),
            opt("pages", selector(), "Pagination: click each of these page links in turn."),
            opt("scroll", new Bool(), "Pagination: scroll down until no new rows appear."),
            opt(
                "current",
                selector(),
                "Where the pager shows the current page number (checked after every turn)."),
            opt(
                "total",
                selector(),
                "Where the page shows how many records the list has (共 57 条): the step "
                    + "reads exactly that many or fails."),
            opt(
                "key",
                either(text(), listOf(text())),
                "Columns that tell records apart (header texts or column names); default: "
                    + "every cell."),
            opt(
                "duplicates",
                choice("fail", "keep"),
                "A record already read on an earlier page: fail (default) or keep "
                    + "(equal records are genuinely in the data)."),
            opt(
                "limit",
                whole(1, 1_000_000),
                "The most rows to read, across pages (stops there); without it, more "
                    + "than 10000 rows is an error."),
            BrowserSteps.TIMEOUT);
    return new StepSpec(
        "read_table",
        "Reads the rows of a table into a list of records, following pagination "
            + "(next button, page links or infinite scroll) up to a row limit.",
        body,
        null,
        b -> {
          List<String> paging = new ArrayList<>();
          for (String k : List.of("next", "pages", "scroll")) {
            if (b.has(k)) {
              paging.add(k);
            }
          }
          if (paging.size() > 1) {
            b.problem(
                paging.get(1),
                b.binder().m.onlyOne("read_table", paging),
                b.binder().m.hintOnlyOne());
          }
          io.workforce.flows.step.Selector rows = b.selector("rows");
          if (rows != null
              && (rows.kind() == io.workforce.flows.step.Selector.Kind.TEXT
                  || rows.kind() == io.workforce.flows.step.Selector.Kind.LABEL)) {
            b.problem("rows", b.binder().m.rowsKind(b.text("rows")), b.binder().m.hintRowsKind());
          }
          if (b.has("current") && !b.has("next") && !b.has("pages")) {
            b.problem(
                "current",
                b.binder().m.currentWithoutPaging(),
                b.binder().m.hintCurrentWithoutPaging());
          }
          ReadTable.Pagination pagination =
              b.has("next")
                  ? new ReadTable.NextButton(b.selector("next"))
                  : b.has("pages")
                      ? new ReadTable.PageLinks(b.selector("pages"))
                      : b.bool("scroll", false)
                          ? new ReadTable.InfiniteScroll()
                          : new ReadTable.SinglePage();
          return new ReadTable(
              b.path(),
              b.location(),
              b.selector("selector"),
              rows,
              b.defines("into"),
              columns(b),
              pagination,
              b.whole("limit", 0),
              b.duration("timeout"),
              header(b),
              b.texts("key"),
              b.choice("duplicates", ReadTable.Duplicates.class, ReadTable.Duplicates.FAIL),
              b.selector("current"),
              b.selector("total"));
        });
  }

  private static int header(Body b) {
    if ("none".equals(b.text("header"))) {
      return ReadTable.HEADER_NONE;
    }
    int row = b.whole("header", ReadTable.HEADER_AUTO);
    return row >= 1 ? row : ReadTable.HEADER_AUTO;
  }

  private static List<ReadTable.Column> columns(Body b) {
    List<ReadTable.Column> out = new ArrayList<>();
    Body map = b.nested("columns");
    for (Entry e : map == null ? List.<Entry>of() : map.entries()) {
      if (e.value() instanceof Node.Scalar s) {
        out.add(new ReadTable.Column(e.key(), s.text(), 0, ValueType.TEXT, null, e.keyLocation()));
      } else {
        Body c = map.nested(e.key());
        if (c != null) {
          out.add(
              new ReadTable.Column(
                  e.key(),
                  c.text("header"),
                  c.whole("index", 0),
                  c.choice("as", ValueType.class, ValueType.TEXT),
                  c.text("format"),
                  e.keyLocation()));
        }
      }
    }
    return out;
  }

  private static StepSpec extract() {
    Shape body =
        obj(
            req("from", template(), "The text to search."),
            req(
                "pattern",
                new Text(TextKind.REGEX),
                "A Java regular expression; named groups (?<name>…) make a record."),
            req("into", name(), "The variable."),
            opt(
                "otherwise",
                OTHERWISE,
                "When nothing matches: business_error (default), system_error, or warn "
                    + "(the variable is null)."));
    return new StepSpec(
        "extract",
        "Takes parts of a text with a regular expression.",
        body,
        null,
        b -> {
          Template from = b.template("from");
          Pattern pattern = compile(b.text("pattern"));
          return new Extract(
              b.path(),
              b.location(),
              from,
              pattern,
              b.defines("into"),
              b.choice("otherwise", Otherwise.class, Otherwise.BUSINESS_ERROR));
        });
  }

  private static Pattern compile(String regex) {
    try {
      return regex == null ? null : Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      return null; // reported by the shape check
    }
  }
}
