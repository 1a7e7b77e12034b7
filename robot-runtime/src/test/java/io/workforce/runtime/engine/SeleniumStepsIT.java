package io.workforce.runtime.engine;

import io.workforce.runtime.BrowserDriver;

class SeleniumStepsIT extends StepsContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.SELENIUM;
  }
}
