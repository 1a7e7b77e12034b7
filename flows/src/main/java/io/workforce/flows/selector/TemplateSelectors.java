package io.workforce.flows.selector;

import io.workforce.flows.expr.Template;
import java.util.List;

/**
 * Checks a selector that holds expressions ({@code text=${item.name}}, {@code #row-${i} td}) before
 * it runs: its literal parts must make a valid selector whatever the expressions give. Each
 * expression is replaced by a harmless stand-in (an identifier, a number, a role name); the
 * selector is refused only when no stand-in makes it valid. A selector that starts with an
 * expression may be of any kind and is checked once rendered, at run time.
 */
public final class TemplateSelectors {

  private static final List<String> STAND_INS = List.of("x", "1", "button");

  private TemplateSelectors() {}

  /**
   * Checks the selector.
   *
   * @throws SelectorSyntaxException when its literal parts cannot make a valid selector (the
   *     message concerns the selector with the first stand-in)
   */
  public static void check(Template template) {
    if (template.parts().isEmpty() || template.parts().get(0) instanceof Template.Expression) {
      return;
    }
    SelectorSyntaxException first = null;
    for (String standIn : STAND_INS) {
      try {
        SelectorSyntax.parse(render(template, standIn));
        return;
      } catch (SelectorSyntaxException e) {
        if (first == null) {
          first = e;
        }
      }
      if (template.isConstant()) {
        break;
      }
    }
    int literalLength = ((Template.Literal) template.parts().get(0)).text().length();
    throw new SelectorSyntaxException(
        template.source(),
        new SelectorSyntaxException.Text(first.reason(true), first.reason(false)),
        new SelectorSyntaxException.Text(first.hint(true), first.hint(false)),
        first.offset() < literalLength || template.isConstant() ? first.offset() : -1);
  }

  private static String render(Template template, String standIn) {
    StringBuilder out = new StringBuilder();
    for (Template.Part part : template.parts()) {
      out.append(part instanceof Template.Literal l ? l.text() : standIn);
    }
    return out.toString();
  }
}
