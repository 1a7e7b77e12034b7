package io.workforce.orchestrator.testing;

import io.workforce.protocol.json.ProtocolJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed requests for every endpoint of an OpenAPI document: broken JSON, wrong root types,
 * unknown fields, wrong field types and values, over-long texts, over-large bodies, bad paging and
 * typed parameters, bad and unknown ids, hostile path segments, wrong content types, methods and
 * Accept headers. Each one is wrong on its own (ids are always unknown or invalid, so even a
 * request whose body happened to pass could not change anything), so every answer must be a 4xx.
 * Deterministic for a seed.
 */
public final class MalformedRequests {

  /**
   * Who sends a request: robots call the robot protocol, anonymous browsers log in, administrators
   * the rest.
   */
  public enum Party {
    ANONYMOUS,
    ROBOT,
    ADMINISTRATOR
  }

  /**
   * One request.
   *
   * @param kind which mutation it is (for the report)
   * @param chunked send the body without a length
   */
  public record Request(
      String kind,
      Party party,
      String method,
      String path,
      String contentType,
      byte[] body,
      String accept,
      boolean chunked) {
    @Override
    public String toString() {
      String b =
          body == null
              ? ""
              : new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8);
      return kind
          + ": "
          + method
          + " "
          + path
          + (contentType == null ? "" : " [" + contentType + "] ")
          + b;
    }
  }

  private static final Pattern VAR = Pattern.compile("\\{([A-Za-z]+)}");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode schemas;
  private final long bodyLimit;
  private final Random random;
  private final boolean firstRound;
  private final List<Request> out = new ArrayList<>();

  private MalformedRequests(JsonNode document, long bodyLimit, Random random, boolean firstRound) {
    this.schemas = document.path("components").path("schemas");
    this.bodyLimit = bodyLimit;
    this.random = random;
    this.firstRound = firstRound;
  }

  /**
   * Rounds over all endpoints (the random parts differ per round) until there are {@code atLeast};
   * the first round, which has every kind of mutation for every endpoint, is always whole.
   */
  public static List<Request> generate(JsonNode document, long bodyLimit, long seed, int atLeast) {
    List<Request> all = new ArrayList<>();
    for (int round = 0; all.size() < atLeast; round++) {
      MalformedRequests g =
          new MalformedRequests(document, bodyLimit, new Random(seed + round), round == 0);
      document
          .get("paths")
          .properties()
          .forEach(
              p ->
                  p.getValue()
                      .properties()
                      .forEach(
                          op -> g.operation(op.getKey().toUpperCase(), p.getKey(), op.getValue())));
      all.addAll(
          round == 0 ? g.out : g.out.subList(0, Math.min(g.out.size(), atLeast - all.size())));
    }
    return all;
  }

  private void operation(String method, String template, JsonNode op) {
    Party party =
        template.startsWith("/api/v1/auth/") || template.equals("/api/v1/robot/enrol")
            ? Party.ANONYMOUS
            : template.startsWith("/api/v1/robot/") ? Party.ROBOT : Party.ADMINISTRATOR;
    String path = unknownPath(template);
    String query =
        template.endsWith("/robot/work")
            ? "?waitSeconds=-" + (1 + random.nextInt(99))
            : requiredQuery(op);
    JsonNode content = op.path("requestBody").path("content");
    String type =
        content.isMissingNode()
            ? null
            : content.has("application/json")
                ? "application/json"
                : content.propertyNames().iterator().next();
    byte[] base = type == null ? null : baseBody(type, content.get(type).path("schema"));
    String ct = type != null && type.startsWith("multipart/") ? type + "; boundary=fuzz" : type;

    pathMutations(party, method, template, query, ct, base);
    queryMutations(party, method, path, op, ct, base);
    if (type != null) {
      bodyMutations(party, method, path + query, type, ct, content.get(type).path("schema"));
    }
    add("method", party, "PATCH", path + query, ct, base, null);
    if (method.equals("GET") && !template.endsWith("/robot/work")) {
      add("accept", party, method, path + query, null, null, "application/xml");
    }
    if (firstRound) {
      add(
          "over-large",
          party,
          method,
          path + query,
          type == null ? "application/json" : ct,
          big(),
          null);
    }
  }

  private void pathMutations(
      Party party, String method, String template, String query, String ct, byte[] base) {
    if (!template.contains("{")) {
      return;
    }
    add("unknown-id", party, method, unknownPath(template) + query, ct, base, null);
    for (String bad :
        List.of(
            "abc",
            "1.5",
            "99999999999999999999",
            "%00",
            "a%2Fb",
            "..%2F..%2Fetc%2Fpasswd",
            "a;b",
            "%E4%B8",
            "x".repeat(300),
            "%E5%90%8D%E7%A7%B0-" + random.nextInt(1000),
            "%27%20OR%20%271%27%3D%271")) {
      Matcher m = VAR.matcher(template);
      String path = m.replaceFirst(Matcher.quoteReplacement(bad));
      add("bad-path", party, method, unknownPath(path) + query, ct, base, null);
    }
  }

  private void queryMutations(
      Party party, String method, String path, JsonNode op, String ct, byte[] base) {
    for (JsonNode p : op.path("parameters")) {
      if (!p.path("in").asString().equals("query")) {
        continue;
      }
      String name = p.get("name").asString();
      JsonNode s = p.path("schema");
      List<String> bad = new ArrayList<>();
      switch (s.path("type").asString()) {
        case "integer" -> bad.addAll(List.of("abc", "1.5", "99999999999999999999", "0x1F"));
        case "boolean" -> bad.add("maybe");
        case "string" -> {
          if (s.has("enum")) {
            bad.add("BOGUS_" + random.nextInt(100));
          } else if (s.path("format").asString().equals("date-time")) {
            bad.add("not-a-time");
          }
        }
        default -> {}
      }
      switch (name) {
        case "page" -> bad.addAll(List.of("-1", "2000000"));
        case "size", "limit" -> bad.addAll(List.of("0", "-5", "100000"));
        case "waitSeconds" -> bad.add("-3");
        default -> {}
      }
      String rest = requiredQuery(op).replace("?", "&").replaceAll("[&?]" + name + "=[^&]*", "");
      for (String v : bad) {
        String q = path.endsWith("/robot/work") ? "" : rest;
        add("bad-query", party, method, path + "?" + name + "=" + v + q, ct, base, null);
      }
    }
  }

  private void bodyMutations(
      Party party, String method, String target, String type, String ct, JsonNode schema) {
    if (type.startsWith("multipart/")) {
      add(
          "multipart-no-boundary",
          party,
          method,
          target,
          "multipart/form-data",
          bytes("--x\r\n"),
          null);
      add(
          "multipart-no-file",
          party,
          method,
          target,
          ct,
          bytes(
              "--fuzz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--fuzz--\r\n"),
          null);
      add("multipart-as-json", party, method, target, "application/json", bytes("{}"), null);
      return;
    }
    if (!type.equals("application/json")) {
      add("garbage-" + type, party, method, target, ct, garbage(), null);
      add("empty-" + type, party, method, target, ct, new byte[0], null);
      add("wrong-content-type", party, method, target, "application/xml", bytes("<a/>"), null);
      return;
    }
    JsonNode s = resolve(schema);
    String json = ProtocolJson.mapper().writeValueAsString(value(s, 0));
    add(
        "truncated-json",
        party,
        method,
        target,
        ct,
        bytes(json.substring(0, random.nextInt(Math.max(1, json.length() - 1)))),
        null);
    for (String broken :
        List.of(
            "{",
            "[",
            "{\"a\":}",
            "{'a':1}",
            "nul",
            "{\"a\":1,}",
            "",
            "null",
            "\"text\"",
            "42",
            s.path("type").asString().equals("array") ? "{}" : "[]")) {
      add("broken-json", party, method, target, ct, bytes(broken), null);
    }
    add(
        "invalid-utf8",
        party,
        method,
        target,
        ct,
        new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'},
        null);
    add(
        "deep-nesting",
        party,
        method,
        target,
        ct,
        bytes("[".repeat(3000) + "]".repeat(3000)),
        null);
    add("garbage", party, method, target, ct, garbage(), null);
    add("wrong-content-type", party, method, target, "text/xml", bytes(json), null);
    JsonNode object = s.path("type").asString().equals("array") ? resolve(s.path("items")) : s;
    if (object.has("properties")) {
      fieldMutations(party, method, target, ct, s, object);
    }
  }

  private void fieldMutations(
      Party party, String method, String target, String ct, JsonNode root, JsonNode object) {
    ObjectNode valid = (ObjectNode) value(object, 0);
    ObjectNode unknown = valid.deepCopy();
    unknown.put("zzUnknownField" + random.nextInt(100), 1);
    add("unknown-field", party, method, target, ct, wrap(root, unknown), null);
    object
        .get("properties")
        .properties()
        .forEach(
            prop -> {
              JsonNode ps = resolve(prop.getValue());
              for (JsonNode wrong : wrongValues(ps)) {
                ObjectNode o = valid.deepCopy();
                o.set(prop.getKey(), wrong);
                add("wrong-type:" + prop.getKey(), party, method, target, ct, wrap(root, o), null);
              }
              if (ps.has("maxLength")) {
                ObjectNode o = valid.deepCopy();
                o.put(prop.getKey(), "y".repeat(ps.get("maxLength").asInt() + 1));
                add("too-long:" + prop.getKey(), party, method, target, ct, wrap(root, o), null);
              }
            });
  }

  private List<JsonNode> wrongValues(JsonNode s) {
    ObjectNode obj = NODES.objectNode().put("a", 1);
    ArrayNode arr = NODES.arrayNode().add(1);
    return switch (s.path("type").asString()) {
      case "string" -> s.has("enum") ? List.of(NODES.textNode("BOGUS"), obj) : List.of(obj, arr);
      case "integer", "number" -> List.of(NODES.textNode("abc"), obj, arr);
      case "boolean" -> List.of(NODES.textNode("maybe"), obj);
      case "array" -> List.of(obj, NODES.numberNode(5));
      case "object" -> List.of(NODES.textNode("x"), arr);
      default -> List.of();
    };
  }

  private byte[] wrap(JsonNode root, ObjectNode element) {
    JsonNode body =
        root.path("type").asString().equals("array") ? NODES.arrayNode().add(element) : element;
    return bytes(ProtocolJson.mapper().writeValueAsString(body));
  }

  private JsonNode value(JsonNode schema, int depth) {
    JsonNode s = resolve(schema);
    String format = s.path("format").asString();
    return switch (s.path("type").asString()) {
      case "integer", "number" -> NODES.numberNode(1);
      case "boolean" -> NODES.booleanNode(true);
      case "array" ->
          depth > 3 ? NODES.arrayNode() : NODES.arrayNode().add(value(s.path("items"), depth + 1));
      case "string" ->
          NODES.textNode(
              s.has("enum")
                  ? s.get("enum").get(0).asString()
                  : format.equals("date-time") ? "2026-01-01T00:00:00Z" : "x");
      default -> {
        ObjectNode o = NODES.objectNode();
        if (depth <= 3) {
          s.path("properties")
              .properties()
              .forEach(p -> o.set(p.getKey(), value(p.getValue(), depth + 1)));
        }
        yield o;
      }
    };
  }

  private JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asString("");
    return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private byte[] baseBody(String type, JsonNode schema) {
    if (type.startsWith("multipart/")) {
      return bytes(
          "--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nreference\r\nA\r\n--fuzz--\r\n");
    }
    if (type.equals("application/x-www-form-urlencoded")) {
      return bytes("username=&password=");
    }
    return type.equals("application/json")
        ? bytes(ProtocolJson.mapper().writeValueAsString(value(schema, 0)))
        : garbage();
  }

  /**
   * Every path variable replaced by an id or name that does not exist (a calendar name that is not
   * valid).
   */
  private String unknownPath(String template) {
    // PUT on these creates or replaces what the name names: only a name that is not one is bad
    if (template.startsWith("/api/v1/calendars/")) {
      return "/api/v1/calendars/Not%20A%20Name";
    }
    if (template.startsWith("/api/v1/settings/")) {
      return "/api/v1/settings/Not%20A%20Name";
    }
    Matcher m = VAR.matcher(template);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      boolean numeric = List.of("id", "jobId", "version").contains(m.group(1));
      m.appendReplacement(
          b,
          numeric
              ? "9" + (100000000 + random.nextInt(899999999))
              : "no-such-" + random.nextInt(1_000_000));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static String requiredQuery(JsonNode op) {
    List<String> q = new ArrayList<>();
    for (JsonNode p : op.path("parameters")) {
      if (p.path("in").asString().equals("query") && p.path("required").asBoolean(false)) {
        q.add(p.get("name").asString() + "=x");
      }
    }
    return q.isEmpty() ? "" : "?" + String.join("&", q);
  }

  /**
   * Random bytes after a line that no text format here accepts (so even a lucky draw is not a valid
   * body).
   */
  private byte[] garbage() {
    byte[] head = bytes("zz-not-valid ");
    byte[] b = Arrays.copyOf(head, head.length + 1 + random.nextInt(200));
    byte[] tail = new byte[b.length - head.length];
    random.nextBytes(tail);
    System.arraycopy(tail, 0, b, head.length, tail.length);
    return b;
  }

  private byte[] big() {
    byte[] b = new byte[(int) bodyLimit + 1 + random.nextInt(1000)];
    Arrays.fill(b, (byte) ' ');
    b[0] = '{';
    return b;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private void add(
      String kind, Party party, String method, String path, String ct, byte[] body, String accept) {
    out.add(new Request(kind, party, method, path, ct, body, accept, false));
    if (firstRound && kind.equals("over-large") && method.equals("POST") && out.size() % 3 == 0) {
      out.add(new Request("over-large-chunked", party, method, path, ct, body, accept, true));
    }
  }
}
