package io.workforce.runtime.cli;

import io.workforce.flows.Flow;
import io.workforce.flows.SystemDef;
import io.workforce.flows.expr.Expressions;
import io.workforce.flows.expr.Scope;
import io.workforce.flows.step.Open;
import io.workforce.runtime.Messages;
import io.workforce.runtime.engine.FlowEnvironment;
import io.workforce.runtime.engine.RunOptions;
import io.workforce.runtime.input.ListSource;
import io.workforce.runtime.vault.CredentialProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * {@code --dry-run}: everything but the run — the flow is valid, the input reads, credentials
 * exist, login pages answer.
 */
final class DryRun {

  private DryRun() {}

  static int check(
      Flow flow, ListSource source, CredentialProvider credentials, RunOptions options) {
    flow.credentialNames().forEach(credentials::get);
    System.out.println(
        Messages.get(
            "cli.dryrun", source.items().size(), String.join(", ", flow.credentialNames())));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Expressions expressions = Expressions.create(options.clock());
    Scope scope = Scope.of(Map.of("env", FlowEnvironment.of(flow.environment(), options.env())));
    boolean allUp = true;
    for (SystemDef system : flow.systems().values()) {
      String url = expressions.render(system.url(), scope);
      if (!system.login().isEmpty()
          && system.login().get(0) instanceof Open open
          && open.url() != null) {
        url =
            url.replaceAll("/$", "")
                + "/"
                + expressions.render(open.url(), scope).replaceAll("^/", "");
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        System.out.println(
            Messages.get("cli.dryrunSystem", system.name(), url, String.valueOf(r.statusCode())));
        allUp &= r.statusCode() < 500;
      } catch (Exception e) {
        System.out.println(
            Messages.get("cli.dryrunDown", system.name(), url, e.getClass().getSimpleName()));
        allUp = false;
      }
    }
    return allUp ? 0 : RpaCli.ITEMS_FAILED;
  }
}
