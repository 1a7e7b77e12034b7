package io.workforce.runtime.engine;

import io.workforce.runtime.BrowserDriver;

class SeleniumFailureReportsIT extends FailureReportsContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.SELENIUM;
  }
}
