package io.workforce.flows.parse;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.parse.Node.Entry;
import io.workforce.flows.parse.Node.ListNode;
import io.workforce.flows.parse.Node.MapNode;
import io.workforce.flows.parse.Node.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML or JSON text into a {@link Node} tree that keeps the line and column of every key and
 * value. Syntax problems, duplicate keys, aliases and extra documents become {@link Problems};
 * nothing is thrown.
 */
final class NodeReader {

  /** Deeper nesting than this is refused (a flow never needs it; it protects the stack). */
  static final int MAX_DEPTH = 64;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder().maxNestingDepth(1000).maxStringLength(1_000_000).build();
  private static final TokenStreamFactory YAML =
      YAMLFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  private static final TokenStreamFactory JSON =
      JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

  private final String file;
  private final Problems problems;
  private final Messages m;
  private JsonParser parser;

  NodeReader(String file, Problems problems) {
    this.file = file;
    this.problems = problems;
    this.m = problems.messages();
  }

  /**
   * The document's root node, or null when the text has a syntax error (then a problem says where).
   */
  Node read(String text) {
    boolean json = file.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    TokenStreamFactory factory = json ? JSON : YAML;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
      parser = p;
      if (p.nextToken() == null) {
        problems.add(SourceLocation.start(file), m.emptyFile(), m.hintEmptyFile());
        return null;
      }
      Node root = node(0);
      JsonToken extra = p.nextToken();
      if (extra != null) {
        problems.add(here(), m.secondDocument(), m.hintSecondDocument());
      }
      return root;
    } catch (JacksonException e) {
      syntaxError(e, text);
      return null;
    } catch (RuntimeException e) {
      // The YAML library may fail in ways it does not wrap; the user still gets a place and a
      // reason.
      problems.add(
          parser == null ? SourceLocation.start(file) : here(),
          m.syntaxError(String.valueOf(e.getMessage())),
          m.hintSyntax());
      return null;
    }
  }

  private Node node(int depth) {
    JsonToken t = parser.currentToken();
    SourceLocation at = here();
    if (depth > MAX_DEPTH) {
      problems.add(at, m.tooDeep(MAX_DEPTH), "");
      parser.skipChildren();
      return new Scalar(null, at);
    }
    if (t == JsonToken.START_OBJECT) {
      return map(at, depth);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(depth + 1));
      }
      return new ListNode(items, at);
    }
    if (parser instanceof YAMLParser y && y.isCurrentAlias()) {
      problems.add(at, m.aliasNotSupported(parser.getString()), m.hintAlias());
      return new Scalar(
          "*" + parser.getString(), at); // a placeholder, so that no second problem follows
    }
    return new Scalar(scalar(t), at);
  }

  private MapNode map(SourceLocation at, int depth) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      SourceLocation keyAt = here();
      parser.nextToken();
      Node value = node(depth + 1);
      Entry previous = entries.get(key);
      if (previous != null) {
        problems.add(
            keyAt, m.duplicateKey(key, previous.keyLocation().line()), m.hintDuplicateKey());
      } else {
        entries.put(key, new Entry(key, keyAt, value));
      }
    }
    return new MapNode(entries, at);
  }

  private Object scalar(JsonToken t) {
    return switch (t) {
      case VALUE_NULL -> null;
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
      default -> parser.getString();
    };
  }

  private SourceLocation here() {
    TokenStreamLocation l = parser.currentTokenLocation();
    return new SourceLocation(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  private void syntaxError(JacksonException e, String text) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (original.contains("nesting depth")) {
      problems.add(parser == null ? SourceLocation.start(file) : here(), m.tooDeep(MAX_DEPTH), "");
      return;
    }
    if (original.contains("quoted scalar")) {
      problems.add(firstMark(original), m.syntaxError(reason(original)), m.hintCloseQuote());
      return;
    }
    SourceLocation at = locationOf(e, original);
    if (original.contains("TAB")) {
      problems.add(at, m.tabFound(), m.hintTabs());
      return;
    }
    problems.add(at, m.syntaxError(reason(original)), hintFor(original, text, at));
  }

  private SourceLocation firstMark(String message) {
    Matcher mark = MARK.matcher(message);
    return mark.find()
        ? new SourceLocation(file, Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2)))
        : SourceLocation.start(file);
  }

  /**
   * The most precise position: SnakeYAML's last "line L, column C" mark, else Jackson's location.
   */
  private SourceLocation locationOf(JacksonException e, String message) {
    Matcher mark = MARK.matcher(message);
    int line = -1;
    int col = -1;
    while (mark.find()) {
      line = Integer.parseInt(mark.group(1));
      col = Integer.parseInt(mark.group(2));
    }
    if (line < 1 && e.getLocation() != null) {
      line = e.getLocation().getLineNr();
      col = e.getLocation().getColumnNr();
    }
    return new SourceLocation(file, Math.max(1, line), Math.max(1, col));
  }

  /** SnakeYAML's explanation without its source excerpts and carets. */
  private static String reason(String original) {
    StringBuilder out = new StringBuilder();
    for (String line : original.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || line.startsWith(" ") || t.startsWith("in reader") || t.equals("^")) {
        continue;
      }
      if (out.length() > 0) {
        out.append(": ");
      }
      out.append(t.replaceAll("\\s+@ \\[Source.*$", ""));
    }
    String r = out.toString();
    return r.length() > 200 ? r.substring(0, 200) + "…" : r;
  }

  private String hintFor(String original, String text, SourceLocation at) {
    String line = lineOf(text, at.line());
    String outsideExpressions = line.replace("${", "");
    if (line.contains("${")
        && (outsideExpressions.contains("{") || outsideExpressions.contains("["))) {
      return m.hintQuoteExpression();
    }
    if (original.contains("mapping values are not allowed") && colonInValue(line, at.column())) {
      return m.hintQuoteColon();
    }
    if (original.contains("block end") || original.contains("mapping values are not allowed")) {
      return m.hintIndentation();
    }
    return m.hintSyntax();
  }

  /**
   * Whether the colon at {@code column} comes after the line's first {@code key: } on the same
   * line: an unquoted value that holds {@code ": "} (a misplaced key would start a line of its
   * own).
   */
  private static boolean colonInValue(String line, int column) {
    int first = line.indexOf(": ");
    return first >= 0 && column - 1 > first + 1 && line.stripLeading().indexOf(':') > 0;
  }

  private static String lineOf(String text, int line) {
    String[] lines = text.split("\n", -1);
    return line >= 1 && line <= lines.length ? lines[line - 1] : "";
  }
}
