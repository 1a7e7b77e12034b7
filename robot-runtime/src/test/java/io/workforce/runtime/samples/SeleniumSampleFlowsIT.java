package io.workforce.runtime.samples;

import io.workforce.runtime.BrowserDriver;

class SeleniumSampleFlowsIT extends SampleFlowsContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.SELENIUM;
  }
}
