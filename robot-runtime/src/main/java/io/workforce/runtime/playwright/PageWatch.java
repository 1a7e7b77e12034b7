package io.workforce.runtime.playwright;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Page;
import io.workforce.runtime.DialogAnswer;
import java.util.Optional;

/**
 * Watches every page of a browser context as it opens: answers its dialogs ({@code alert}, {@code
 * confirm}, {@code prompt}) as the flow said, remembers the last dialog's text, and notes a crashed
 * page.
 */
final class PageWatch {

  private volatile DialogAnswer answer = DialogAnswer.ACCEPT;
  private volatile String lastDialog;
  private volatile boolean crashed;

  /** Watches the context's pages from now on (start before its first page opens). */
  PageWatch(BrowserContext context) {
    context.onPage(this::watch);
  }

  void answerDialogs(DialogAnswer dialogAnswer) {
    this.answer = dialogAnswer;
  }

  Optional<String> lastDialog() {
    return Optional.ofNullable(lastDialog);
  }

  /** Whether a page of the context crashed. */
  boolean crashed() {
    return crashed;
  }

  private void watch(Page p) {
    p.onDialog(this::answer);
    p.onCrash(x -> crashed = true);
  }

  private void answer(Dialog dialog) {
    lastDialog = dialog.message();
    DialogAnswer a = answer;
    if (a.accept()) {
      dialog.accept(a.promptText());
    } else {
      dialog.dismiss();
    }
  }
}
