package io.workforce.runtime.driver;

import io.workforce.runtime.BrowserDriver;

class PlaywrightDriverIT extends DriverContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.PLAYWRIGHT;
  }
}
