package io.workforce.flows.parse;

import static io.workforce.flows.parse.Shape.either;
import static io.workforce.flows.parse.Shape.listOf;
import static io.workforce.flows.parse.Shape.name;
import static io.workforce.flows.parse.Shape.obj;
import static io.workforce.flows.parse.Shape.opt;
import static io.workforce.flows.parse.Shape.req;
import static io.workforce.flows.parse.Shape.selector;
import static io.workforce.flows.parse.Shape.text;

import io.workforce.flows.parse.Node.ListNode;
import io.workforce.flows.parse.Shape.Json;
import io.workforce.flows.step.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code script}: a JavaScript function run in the page with arguments. Its code is taken
 * literally; a credential can reach it neither through the code ({@code ${credential…}} there is
 * refused here) nor through its arguments (templates, under the rule that a credential is only ever
 * the whole value of a login recipe's {@code fill}).
 */
final class ScriptStep {

  private static final Pattern FUNCTION =
      Pattern.compile("(?s)\\s*(async\\s+)?(function\\b|\\(|[A-Za-z_$][\\w$]*\\s*=>).*");
  private static final Pattern CREDENTIAL = Pattern.compile("\\$\\{[^}]*\\bcredential\\b");

  private ScriptStep() {}

  static StepSpec spec() {
    Shape body =
        obj(
            req(
                "code",
                text(),
                "A JavaScript function, e.g. (el, v) => { el.value = v; return el.value }; what it"
                    + " returns goes into `into`."),
            opt("selector", selector(), "An element passed to the function as its first argument."),
            opt(
                "args",
                listOf(new Json()),
                "Values passed as the next arguments; texts may contain ${…}."),
            opt("into", name(), "Variable that receives what the function returns."),
            BrowserSteps.TIMEOUT);
    return new StepSpec(
        "script",
        "Runs a JavaScript function in the page or the frame entered, with arguments.",
        either(text(), body),
        "code",
        b -> {
          String code = b.text("code");
          Messages m = b.binder().m;
          if (code != null && CREDENTIAL.matcher(code).find()) {
            b.problem("code", m.credentialInScript(), m.hintCredentialInScript());
          } else if (code != null && !FUNCTION.matcher(code).matches()) {
            b.problem("code", m.scriptNotAFunction(), m.hintScriptFunction());
          }
          List<Object> args = new ArrayList<>();
          if (b.node("args") instanceof ListNode list) {
            list.items().forEach(i -> args.add(FileSteps.json(b, i)));
          }
          return new Script(
              b.path(),
              b.location(),
              code,
              b.selector("selector"),
              args,
              b.defines("into"),
              b.duration("timeout"));
        });
  }
}
