package io.workforce.orchestrator.security;

/**
 * The roles of people. A user has one or more. Robots are not users and have no role: they hold
 * only their token and may call only the robot protocol.
 */
public enum Role {
  /**
   * 办事员: starts the flows shared with them (with the inputs allowed to them) and sees their own
   * runs.
   */
  CLERK,
  /** 主管: reads everything except secrets; retries and abandons items; stops jobs. */
  SUPERVISOR,
  /** 管理员: flows, credentials, schedules, queues, robots, users. */
  ADMINISTRATOR
}
