package io.workforce.orchestrator.vault;

import io.workforce.orchestrator.security.Caller;
import io.workforce.protocol.mask.SecretMask;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Type;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Masks every text of every JSON body a robot sends (events, job results and failures, item outputs
 * and failures, new queue items, and whatever robot endpoint comes next) against the secrets of its
 * jobs ({@link JobSecretMasks}), before any controller sees it: whatever a hostile flow got past
 * the robot's own masking is not stored, logged or shown. Endpoints that take a robot as their
 * caller are the ones covered.
 */
@ControllerAdvice
class RobotTextMasking extends RequestBodyAdviceAdapter {

  private final JobSecretMasks masks;
  private final JsonMapper json;

  RobotTextMasking(JobSecretMasks masks, JsonMapper json) {
    this.masks = masks;
    this.json = json;
  }

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    for (Class<?> p : parameter.getExecutable().getParameterTypes()) {
      if (p == Caller.Robot.class) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    if (body instanceof byte[] || body instanceof CharSequence) {
      return body; // images, plain text: nothing of it is stored as text
    }
    Caller.Robot robot = Caller.current() instanceof Caller.Robot r ? r : null;
    if (robot == null) {
      return body;
    }
    SecretMask mask = masks.forRobot(robot.robotId(), jobIdInPath());
    if (mask.isEmpty()) {
      return body;
    }
    JsonNode tree = json.valueToTree(body);
    JsonNode masked = masked(tree, mask);
    // the same mapper that read the body writes it back, and only when something was masked
    return masked == tree ? body : json.treeToValue(masked, json.constructType(targetType));
  }

  /** The node with every text masked: the same node when nothing in it changed. */
  private static JsonNode masked(JsonNode node, SecretMask mask) {
    if (node instanceof StringNode s) {
      String text = mask.mask(s.asString());
      return text.equals(s.asString()) ? node : StringNode.valueOf(text);
    }
    boolean changed = false;
    if (node instanceof ArrayNode array) {
      ArrayNode out = array.arrayNode();
      for (JsonNode v : array) {
        JsonNode m = masked(v, mask);
        changed |= m != v;
        out.add(m);
      }
      return changed ? out : node;
    }
    if (node instanceof ObjectNode object) {
      ObjectNode out = object.objectNode();
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        String key = mask.mask(e.getKey());
        JsonNode m = masked(e.getValue(), mask);
        changed |= m != e.getValue() || !key.equals(e.getKey());
        out.set(key, m);
      }
      return changed ? out : node;
    }
    return node;
  }

  /** The {@code jobId} of a path such as {@code /api/v1/robot/jobs/{jobId}/events}, or null. */
  private static Long jobIdInPath() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (!(attributes instanceof ServletRequestAttributes servlet)) {
      return null;
    }
    HttpServletRequest request = servlet.getRequest();
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (variables instanceof Map<?, ?> map && map.get("jobId") instanceof String id) {
      try {
        return Long.valueOf(id);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
