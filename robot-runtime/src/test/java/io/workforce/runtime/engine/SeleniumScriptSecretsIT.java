package io.workforce.runtime.engine;

import io.workforce.runtime.BrowserDriver;

class SeleniumScriptSecretsIT extends ScriptSecretsContract {

  @Override
  BrowserDriver.Kind kind() {
    return BrowserDriver.Kind.SELENIUM;
  }
}
