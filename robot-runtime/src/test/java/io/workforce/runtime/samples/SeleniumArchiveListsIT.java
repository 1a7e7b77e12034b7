package io.workforce.runtime.samples;

import io.workforce.runtime.BrowserDriver;

class SeleniumArchiveListsIT extends ArchiveListsContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.SELENIUM;
  }
}
