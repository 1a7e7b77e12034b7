package io.workforce.runtime.playwright;

import com.microsoft.playwright.Page;

/** Small helpers for windows. */
final class Tables {

  private Tables() {}

  static String id(Page page) {
    return "w" + Integer.toHexString(System.identityHashCode(page));
  }
}
