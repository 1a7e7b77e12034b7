package io.workforce.orchestrator.security;

/**
 * Who is calling, as established by the {@link AccessFilter}. Controllers take a {@code Caller} (or a
 * {@link Robot}) parameter to learn it.
 */
public sealed interface Caller {

  /** A name for history and audit rows: {@code robot:<name>}, {@code admin}, {@code anonymous}. */
  String actor();

  /** An enrolled robot. */
  record Robot(long robotId, String name) implements Caller {
    @Override
    public String actor() {
      return "robot:" + name;
    }
  }

  /** An administrator (bootstrap token or local access until issue 8 brings users). */
  record Admin(String name) implements Caller {
    @Override
    public String actor() {
      return name;
    }
  }

  /** Nobody in particular (public endpoints). */
  record Anonymous() implements Caller {
    @Override
    public String actor() {
      return "anonymous";
    }
  }
}
