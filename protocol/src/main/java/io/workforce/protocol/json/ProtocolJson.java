package io.workforce.protocol.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson 3 configuration for robot-protocol messages: ISO-8601 times, nulls left out, and
 * unknown fields ignored when reading so that a newer orchestrator can add fields without breaking
 * older robots.
 */
public final class ProtocolJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .changeDefaultPropertyInclusion(
              incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private ProtocolJson() {}

  /** The shared, thread-safe mapper. */
  public static JsonMapper mapper() {
    return MAPPER;
  }
}
