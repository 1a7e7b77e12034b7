package io.workforce.runtime.samples;

import io.workforce.runtime.BrowserDriver;

class SeleniumPortalIT extends PortalContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.SELENIUM;
  }
}
