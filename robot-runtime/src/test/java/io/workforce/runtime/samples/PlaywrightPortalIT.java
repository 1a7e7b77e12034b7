package io.workforce.runtime.samples;

import io.workforce.runtime.BrowserDriver;

class PlaywrightPortalIT extends PortalContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.PLAYWRIGHT;
  }
}
