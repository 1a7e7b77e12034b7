package io.workforce.runtime.engine;

import io.workforce.runtime.BrowserDriver;

class PlaywrightStepsIT extends StepsContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.PLAYWRIGHT;
  }
}
