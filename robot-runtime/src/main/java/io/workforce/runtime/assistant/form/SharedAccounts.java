package io.workforce.runtime.assistant.form;

import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.api.Dtos.DesktopAccount;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the clerk is told before an attended run that will put shared accounts on their machine:
 * which accounts, and who allowed that and when (security.md §13).
 */
final class SharedAccounts {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private SharedAccounts() {}

  static String notice(List<DesktopAccount> accounts) {
    String each =
        accounts.stream()
            .map(
                a ->
                    Texts.get(
                        "form.sharedAccount",
                        a.credential(),
                        a.markedBy() == null ? "?" : a.markedBy(),
                        a.markedAt() == null ? "?" : WHEN.format(a.markedAt())))
            .collect(Collectors.joining(Texts.english() ? "; " : "；"));
    return Texts.get("form.sharedDesktop", each);
  }
}
