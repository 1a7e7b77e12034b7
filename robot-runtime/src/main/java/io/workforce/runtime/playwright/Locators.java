package io.workforce.runtime.playwright;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.workforce.runtime.Selector;
import io.workforce.runtime.SelectorException;
import java.util.List;
import java.util.Locale;

/** Turns our {@link Selector}s into Playwright locators, inside the current frame path. */
final class Locators {

  private Locators() {}

  /** The engine that runs find.js's label rules, registered with every Playwright instance. */
  static final String LABEL_ENGINE = "wf-label";

  static Locator locate(Page page, List<Selector> frames, Selector selector) {
    if (frames.isEmpty()) {
      return visible(onPage(page, selector), selector);
    }
    FrameLocator frame = visible(onPage(page, frames.get(0)), frames.get(0)).contentFrame();
    for (Selector next : frames.subList(1, frames.size())) {
      frame = visible(inFrame(frame, next), next).contentFrame();
    }
    return visible(inFrame(frame, selector), selector);
  }

  private static Locator visible(Locator locator, Selector selector) {
    return selector.visibleOnly()
        ? locator.filter(new Locator.FilterOptions().setVisible(true))
        : locator;
  }

  /**
   * The label engine's selector: the text and exactness as URL-encoded JSON, so that no character
   * of the label means anything to Playwright's selector parser.
   */
  private static String label(Selector.Label label) {
    String json =
        new com.google.gson.Gson()
            .toJson(java.util.Map.of("text", label.text(), "exact", label.exact()));
    return LABEL_ENGINE
        + "="
        + java.net.URLEncoder.encode(json, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
  }

  private static Locator onPage(Page page, Selector selector) {
    return switch (selector.kind()) {
      case CSS -> page.locator("css=" + ((Selector.Css) selector).css());
      case XPATH -> page.locator("xpath=" + ((Selector.XPath) selector).xpath());
      case TEXT -> {
        Selector.Text text = (Selector.Text) selector;
        yield page.getByText(text.text(), new Page.GetByTextOptions().setExact(text.exact()));
      }
      case LABEL -> page.locator(label((Selector.Label) selector));
      case ROLE -> {
        Selector.Role role = (Selector.Role) selector;
        yield page.getByRole(ariaRole(role), roleOptions(role));
      }
    };
  }

  private static Locator inFrame(FrameLocator frame, Selector selector) {
    return switch (selector.kind()) {
      case CSS -> frame.locator("css=" + ((Selector.Css) selector).css());
      case XPATH -> frame.locator("xpath=" + ((Selector.XPath) selector).xpath());
      case TEXT -> {
        Selector.Text text = (Selector.Text) selector;
        yield frame.getByText(
            text.text(), new FrameLocator.GetByTextOptions().setExact(text.exact()));
      }
      case LABEL -> frame.locator(label((Selector.Label) selector));
      case ROLE -> {
        Selector.Role role = (Selector.Role) selector;
        FrameLocator.GetByRoleOptions options = new FrameLocator.GetByRoleOptions();
        if (role.name() != null) {
          options.setName(role.name()).setExact(role.exact());
        }
        yield frame.getByRole(ariaRole(role), options);
      }
    };
  }

  private static Page.GetByRoleOptions roleOptions(Selector.Role role) {
    Page.GetByRoleOptions options = new Page.GetByRoleOptions();
    if (role.name() != null) {
      options.setName(role.name()).setExact(role.exact());
    }
    return options;
  }

  private static AriaRole ariaRole(Selector.Role role) {
    try {
      return AriaRole.valueOf(role.role().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      // the flow checker knows the same roles (AriaRolesTest keeps the lists equal)
      throw new SelectorException(role.source(), "unknown role '" + role.role() + "'");
    }
  }
}
