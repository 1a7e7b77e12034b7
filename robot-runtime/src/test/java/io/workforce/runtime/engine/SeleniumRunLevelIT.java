package io.workforce.runtime.engine;

import io.workforce.runtime.BrowserDriver;

class SeleniumRunLevelIT extends RunLevelContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.SELENIUM;
  }
}
