package io.workforce.flows;

import io.workforce.flows.expr.Template;
import io.workforce.flows.step.Step;
import io.workforce.flows.step.WaitFor;
import java.util.List;

/**
 * A (legacy) system the flow works in: where it is, which staff account logs in, how many sessions
 * it allows and how to log in.
 *
 * @param name key under {@code systems:}, used by {@code open: {system: …}}
 * @param url base address; may contain {@code ${env.X}}
 * @param credential the vault name of the account that logs in (null = no login)
 * @param maxSessions how many sessions the system allows at once (default 1)
 * @param login steps that log in; only they may use {@code ${credential.username}} / {@code
 *     ${credential.password}}, each only as the whole value of a {@code fill} field
 * @param loggedOut a condition that, when true on a page, says the session was logged out (null =
 *     none); the runtime then logs in again
 * @param location where the system is declared
 */
public record SystemDef(
    String name,
    Template url,
    String credential,
    int maxSessions,
    List<Step> login,
    WaitFor.Condition loggedOut,
    SourceLocation location) {}
