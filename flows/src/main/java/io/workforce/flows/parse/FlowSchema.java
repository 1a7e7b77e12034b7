package io.workforce.flows.parse;

import io.workforce.flows.parse.Shape.Bool;
import io.workforce.flows.parse.Shape.Choice;
import io.workforce.flows.parse.Shape.Decimal;
import io.workforce.flows.parse.Shape.Either;
import io.workforce.flows.parse.Shape.ListOf;
import io.workforce.flows.parse.Shape.MapOf;
import io.workforce.flows.parse.Shape.Obj;
import io.workforce.flows.parse.Shape.Prop;
import io.workforce.flows.parse.Shape.Steps;
import io.workforce.flows.parse.Shape.Text;
import io.workforce.flows.parse.Shape.Whole;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of the flow language, written from the same {@link Shape}s the
 * validator checks with, so that editors (VS Code / IntelliJ YAML plugins) complete and check what
 * the validator accepts. {@code docs/flow-schema.json} is this output; a test keeps the two equal.
 */
public final class FlowSchema {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private FlowSchema() {}

  /** The schema as pretty-printed JSON, ending in a newline. */
  public static String json() {
    return MAPPER.writeValueAsString(tree()) + "\n";
  }

  /** Every step keyword, in documentation order. */
  public static List<String> stepKeywords() {
    return StepRegistry.keywords();
  }

  /** One-sentence summary of a step type (English), or null for an unknown keyword. */
  public static String summary(String keyword) {
    StepSpec spec = StepRegistry.spec(keyword);
    return spec == null ? null : spec.summary();
  }

  static JsonNode tree() {
    ObjectNode root = F.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://github.com/workforce/workforce/docs/flow-schema.json");
    root.put("title", "Workforce flow");
    root.put("description", "A flow that Workforce robots run. Reference: docs/flow-language.md");
    root.setAll((ObjectNode) shape(FlowShapes.FLOW));
    ObjectNode defs = root.putObject("$defs");
    ObjectNode steps = defs.putObject("steps");
    steps.put("type", "array");
    steps.putObject("items").put("$ref", "#/$defs/step");
    ObjectNode step = defs.putObject("step");
    step.put("type", "object");
    step.put("minProperties", 1);
    step.put("maxProperties", 1);
    step.put("additionalProperties", false);
    ObjectNode props = step.putObject("properties");
    for (StepSpec spec : StepRegistry.all().values()) {
      props.putObject(spec.keyword()).put("$ref", "#/$defs/" + spec.keyword());
      ObjectNode def = defs.putObject(spec.keyword());
      def.put("description", spec.summary());
      def.setAll((ObjectNode) shape(spec.shape()));
    }
    return root;
  }

  private static JsonNode shape(Shape shape) {
    ObjectNode n = F.objectNode();
    if (shape instanceof Obj o) {
      obj(n, o);
    } else if (shape instanceof MapOf m) {
      n.put("type", "object");
      n.set("propertyNames", text(m.keys()));
      n.set("additionalProperties", shape(m.value()));
    } else if (shape instanceof ListOf l) {
      n.put("type", "array");
      n.set("items", shape(l.item()));
      n.put("minItems", l.min());
    } else if (shape instanceof Either e) {
      ArrayNode any = n.putArray("anyOf");
      e.alternatives().forEach(a -> any.add(shape(a)));
    } else if (shape instanceof Steps) {
      n.put("$ref", "#/$defs/steps");
    } else if (shape instanceof Text t) {
      return text(t.kind());
    } else if (shape instanceof Whole w) {
      n.put("type", "integer");
      n.put("minimum", w.min());
      n.put("maximum", w.max());
    } else if (shape instanceof Decimal d) {
      n.put("type", "number");
      if (d.min() > -Double.MAX_VALUE) {
        n.put("minimum", d.min());
      }
    } else if (shape instanceof Bool) {
      n.put("type", "boolean");
    } else if (shape instanceof Choice c) {
      ArrayNode values = n.putArray("enum");
      c.values().forEach(values::add);
    }
    return n;
  }

  private static void obj(ObjectNode n, Obj o) {
    n.put("type", "object");
    ObjectNode props = n.putObject("properties");
    ArrayNode required = F.arrayNode();
    for (Prop p : o.props()) {
      JsonNode s = shape(p.shape());
      if (s instanceof ObjectNode os && p.doc() != null && !os.has("$ref")) {
        os.put("description", p.doc());
      }
      props.set(p.name(), s);
      if (p.required()) {
        required.add(p.name());
      }
    }
    if (!required.isEmpty()) {
      n.set("required", required);
    }
    n.put("additionalProperties", false);
    if (!o.exactlyOne().isEmpty()) {
      ArrayNode all = n.putArray("allOf");
      for (List<String> group : o.exactlyOne()) {
        ArrayNode one = all.addObject().putArray("oneOf");
        group.forEach(k -> one.addObject().putArray("required").add(k));
      }
    }
  }

  private static JsonNode text(Shape.TextKind kind) {
    ObjectNode n = F.objectNode();
    switch (kind) {
      case NAME:
        n.put("type", "string");
        n.put("pattern", TextChecker.NAME_PATTERN);
        break;
      case ID:
        n.put("type", "string");
        n.put("pattern", TextChecker.ID_PATTERN);
        break;
      case DURATION:
        n.putArray("type").add("string").add("number");
        n.put("pattern", TextChecker.DURATION_PATTERN);
        n.put("minimum", 0);
        break;
      case SELECTOR:
        n.put("type", "string");
        n.put("minLength", 1);
        break;
      case REGEX:
        n.put("type", "string");
        n.put("format", "regex");
        break;
      case DATE_FORMAT:
        n.put("type", "string");
        break;
      default:
        n.putArray("type").add("string").add("number").add("boolean");
    }
    return n;
  }
}
