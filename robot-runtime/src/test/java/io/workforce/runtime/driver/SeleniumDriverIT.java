package io.workforce.runtime.driver;

import io.workforce.runtime.BrowserDriver;

class SeleniumDriverIT extends DriverContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.SELENIUM;
  }
}
