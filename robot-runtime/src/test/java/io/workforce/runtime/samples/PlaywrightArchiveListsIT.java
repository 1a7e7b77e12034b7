package io.workforce.runtime.samples;

import io.workforce.runtime.BrowserDriver;

class PlaywrightArchiveListsIT extends ArchiveListsContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.PLAYWRIGHT;
  }
}
