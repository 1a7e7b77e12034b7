package io.workforce.samples;

import io.workforce.samples.data.Application;
import io.workforce.samples.data.Company;
import io.workforce.samples.data.HealthRecord;
import io.workforce.samples.data.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Reads the systems' read-only JSON exports ({@code /_export/registry.json}, {@code intake.json},
 * {@code health.json}) over HTTP, into the same records as the ground truth, so tests compare field
 * by field.
 */
public final class SampleExport {

  private record Registry(List<Company> companies) {}

  private record Intake(List<Application> applications) {}

  private record Health(List<HealthRecord> records) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String registryUrl;
  private final String intakeUrl;
  private final String healthUrl;

  /**
   * A client for systems started elsewhere (e.g. {@code ./rpa samples --export}); origins as given.
   */
  public SampleExport(String registryUrl, String intakeUrl, String healthUrl) {
    this.registryUrl = registryUrl;
    this.intakeUrl = intakeUrl;
    this.healthUrl = healthUrl;
  }

  /** The registry's companies. */
  public List<Company> registryCompanies() {
    return get(registryUrl + "/_export/registry.json", Registry.class).companies();
  }

  /**
   * Every application the intake system holds now, in filing order (those filed by robots last).
   */
  public List<Application> intakeApplications() {
    return get(intakeUrl + "/_export/intake.json", Intake.class).applications();
  }

  /** The health system's records. */
  public List<HealthRecord> healthRecords() {
    return get(healthUrl + "/_export/health.json", Health.class).records();
  }

  private <T> T get(String url, Class<T> type) {
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "GET "
                + url
                + " answered "
                + response.statusCode()
                + "; is the export on (--export / exportEnabled(true))?");
      }
      return Json.MAPPER.readValue(response.body(), type);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the export " + url + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + url, e);
    }
  }
}
