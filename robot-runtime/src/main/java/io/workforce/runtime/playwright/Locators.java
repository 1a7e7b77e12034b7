package io.workforce.runtime.playwright;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Selector;
import io.workforce.runtime.SystemException;
import java.util.List;
import java.util.Locale;

/** Turns our {@link Selector}s into Playwright locators, inside the current frame path. */
final class Locators {

  private Locators() {}

  static Locator locate(Page page, List<Selector> frames, Selector selector) {
    if (frames.isEmpty()) {
      return onPage(page, selector);
    }
    FrameLocator frame = onPage(page, frames.get(0)).contentFrame();
    for (Selector next : frames.subList(1, frames.size())) {
      frame = inFrame(frame, next).contentFrame();
    }
    return inFrame(frame, selector);
  }

  private static Locator onPage(Page page, Selector selector) {
    return switch (selector.kind()) {
      case CSS -> page.locator("css=" + ((Selector.Css) selector).css());
      case XPATH -> page.locator("xpath=" + ((Selector.XPath) selector).xpath());
      case TEXT -> {
        Selector.Text text = (Selector.Text) selector;
        yield page.getByText(text.text(), new Page.GetByTextOptions().setExact(text.exact()));
      }
      case LABEL -> {
        Selector.Label label = (Selector.Label) selector;
        yield page.getByLabel(label.text(), new Page.GetByLabelOptions().setExact(label.exact()));
      }
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
      case LABEL -> {
        Selector.Label label = (Selector.Label) selector;
        yield frame.getByLabel(
            label.text(), new FrameLocator.GetByLabelOptions().setExact(label.exact()));
      }
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
      throw new SystemException(
          Messages.get(
              "error.selector",
              role.source()
                  + ": unknown role '"
                  + role.role()
                  + "' (hint: button, link, textbox, checkbox, radio, combobox, cell, row, heading)"));
    }
  }
}
