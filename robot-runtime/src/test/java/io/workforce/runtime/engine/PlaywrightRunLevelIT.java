package io.workforce.runtime.engine;

import io.workforce.runtime.BrowserDriver;

class PlaywrightRunLevelIT extends RunLevelContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.PLAYWRIGHT;
  }
}
