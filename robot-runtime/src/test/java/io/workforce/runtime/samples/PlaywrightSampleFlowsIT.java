package io.workforce.runtime.samples;

import io.workforce.runtime.BrowserDriver;

class PlaywrightSampleFlowsIT extends SampleFlowsContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.PLAYWRIGHT;
  }
}
