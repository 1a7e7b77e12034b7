package io.workforce.orchestrator.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may call an endpoint: anyone, robots (with their token), and/or people with one of some
 * roles.
 *
 * @param anyone true for public endpoints (health, the OpenAPI document, log-in, the control
 *     center's files)
 * @param robots true for the robot protocol
 * @param roles the roles of people who may call it (a person needs one of them)
 */
public record Access(boolean anyone, boolean robots, Set<Role> roles) {

  /** Anyone, logged in or not. */
  public static final Access PUBLIC = new Access(true, false, Set.of());

  /** Robots with their own token. */
  public static final Access ROBOT = new Access(false, true, Set.of());

  /** Nobody: what an address without a rule gets. */
  public static final Access NOBODY = new Access(false, false, Set.of());

  public Access {
    roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }

  /** People with any of these roles. */
  public static Access people(Role... roles) {
    return new Access(false, false, EnumSet.copyOf(Arrays.asList(roles)));
  }

  /** Whether this caller may pass. */
  public boolean allows(Caller caller) {
    if (anyone) {
      return true;
    }
    if (caller instanceof Caller.Robot) {
      return robots;
    }
    return caller instanceof Caller.User u && u.roles().stream().anyMatch(roles::contains);
  }

  /** {@code public}, {@code robot}, or the roles in lower case: {@code clerk, supervisor}. */
  public String describe() {
    if (anyone) {
      return "public";
    }
    if (robots) {
      return "robot";
    }
    return roles.isEmpty()
        ? "nobody"
        : roles.stream().map(r -> r.name().toLowerCase()).collect(Collectors.joining(", "));
  }
}
