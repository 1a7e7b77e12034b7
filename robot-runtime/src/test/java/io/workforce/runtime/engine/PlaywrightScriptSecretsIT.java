package io.workforce.runtime.engine;

import io.workforce.runtime.BrowserDriver;

class PlaywrightScriptSecretsIT extends ScriptSecretsContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.PLAYWRIGHT;
  }
}
