package io.workforce.runtime.engine;

import io.workforce.runtime.BrowserDriver;

class PlaywrightFailureReportsIT extends FailureReportsContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.PLAYWRIGHT;
  }
}
