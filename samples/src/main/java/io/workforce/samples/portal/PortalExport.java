package io.workforce.samples.portal;

import io.workforce.samples.data.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The portal's test-only endpoints (the export must be on): what was filed, and the switch that
 * makes sessions die between the two steps of the form.
 */
public final class PortalExport {

  private record Filed(List<FiledApplication> applications) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String portalUrl;

  /** A client for the portal at this origin. */
  public PortalExport(String portalUrl) {
    this.portalUrl = portalUrl;
  }

  /** Every application filed so far, in order. */
  public List<FiledApplication> applications() {
    return Json.MAPPER.readValue(get("/_export/portal.json"), Filed.class).applications();
  }

  /** From now on every {@code n}-th session dies between step 1 and step 2 (0 = none). */
  public void dropSessionEvery(int n) {
    get("/_export/portal/session-drop?every=" + n);
  }

  /**
   * From now on the session dies right after every {@code n}-th application was filed, before the
   * answer reaches the browser (0 = none).
   */
  public void dropSessionAfterSubmitEvery(int n) {
    get("/_export/portal/session-drop?at=submit&every=" + n);
  }

  private String get(String path) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(portalUrl + path))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(
            path + " answered HTTP " + r.statusCode() + " (is the export on?)");
      }
      return r.body();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + portalUrl + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
