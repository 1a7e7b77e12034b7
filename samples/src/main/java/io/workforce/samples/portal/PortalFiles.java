package io.workforce.samples.portal;

import io.workforce.samples.data.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The portal's data files: {@code portal-applications.csv}, the clerk's list that the sample flow
 * files (names as people write them, not codes), and {@code portal-truth.json}, everything the
 * portal was generated from.
 */
public final class PortalFiles {

  public static final String APPLICATIONS = "portal-applications.csv";
  public static final String TRUTH = "portal-truth.json";

  /** The list's columns. */
  public static final List<String> COLUMNS =
      List.of("序号", "姓名", "身份证号", "手机", "代办人", "代办人手机", "城市", "区县", "街道", "事项", "预约日期", "备注");

  private PortalFiles() {}

  /** Writes both files into {@code dir}; returns them. */
  public static List<Path> write(PortalTruth truth, Path dir) {
    try {
      Files.createDirectories(dir);
      Path csv = Files.write(dir.resolve(APPLICATIONS), csv(truth, truth.applicants()));
      Path json =
          Files.write(
              dir.resolve(TRUTH),
              (new String(Json.PRETTY.writeValueAsBytes(truth), StandardCharsets.UTF_8) + "\n")
                  .getBytes(StandardCharsets.UTF_8));
      return List.of(csv, json);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the portal data files into " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Applications as the clerk's CSV list (UTF-8, header row). */
  public static byte[] csv(PortalTruth truth, List<PortalApplicant> applicants) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out)) {
      for (PortalApplicant a : applicants) {
        printer.printRecord(
            a.seq(),
            a.name(),
            a.idNumber(),
            a.mobile(),
            a.agentName(),
            a.agentMobile(),
            truth.regionName(a.cityCode()),
            truth.regionName(a.districtCode()),
            truth.regionName(a.streetCode()),
            truth.services().get(a.serviceCode()),
            a.appointment(),
            a.remark());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
