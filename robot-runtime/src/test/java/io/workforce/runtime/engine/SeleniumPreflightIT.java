package io.workforce.runtime.engine;

import io.workforce.runtime.BrowserDriver;

class SeleniumPreflightIT extends PreflightContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.SELENIUM;
  }
}
