package io.workforce.runtime.engine;

import io.workforce.runtime.BrowserDriver;

class PlaywrightPreflightIT extends PreflightContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.PLAYWRIGHT;
  }
}
