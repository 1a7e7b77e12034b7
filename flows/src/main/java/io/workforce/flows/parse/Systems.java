package io.workforce.flows.parse;

/** Checks references to the flow's systems. */
final class Systems {

  private Systems() {}

  /** Reports a system name that is not declared, with the closest declared one. */
  static void check(Body b, String key, String system) {
    FlowFacts facts = b.binder().facts();
    if (!facts.systems().contains(system)) {
      Messages m = b.binder().m;
      String guess = Suggest.closest(system, facts.systems());
      b.problem(
          key,
          m.undefinedSystem(system),
          guess != null ? m.didYouMean(guess) : m.hintDeclareSystem());
    }
  }
}
