package io.workforce.samples.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Spreadsheets as a clerk's office keeps them (Apache POI), written byte-for-byte reproducibly: POI
 * stamps the creation time into the document and every zip entry, so both are fixed here.
 */
final class Xlsx {

  private static final LocalDateTime FIXED = DataGenerator.REFERENCE_DATE.atStartOfDay();

  static {
    // POI logs through the Log4j API; without a provider Log4j prints an error on every start. Its
    // own
    // simple logger (errors only) is enough here, unless the application chose a logging set-up
    // itself.
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
    }
  }

  private Xlsx() {}

  /**
   * One sheet with a bold header row. ID numbers and phones are text cells (as a careful clerk
   * formats them, or Excel would round them); with {@code realDates} the birth date is a date cell,
   * as when typed into Excel, otherwise text, as when pasted from another system.
   */
  static byte[] write(String sheetName, List<SheetRow> rows, boolean realDates) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.getProperties()
          .getCoreProperties()
          .setCreated(Optional.of(Date.from(FIXED.toInstant(ZoneOffset.UTC))));
      wb.getProperties().getCoreProperties().setCreator("社区服务中心");
      XSSFSheet sheet = wb.createSheet(sheetName);
      CellStyle header = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Row head = sheet.createRow(0);
      for (int c = 0; c < Sheets.HEADERS.size(); c++) {
        Cell cell = head.createCell(c);
        cell.setCellValue(Sheets.HEADERS.get(c));
        cell.setCellStyle(header);
      }
      for (SheetRow r : rows) {
        Row row = sheet.createRow(r.row() - 1);
        int c = 0;
        for (var e : r.cells().entrySet()) {
          Cell cell = row.createCell(c++);
          if (realDates && "出生日期".equals(e.getKey())) {
            cell.setCellValue(LocalDate.parse(e.getValue()));
            cell.setCellStyle(date);
          } else if ("序号".equals(e.getKey())) {
            cell.setCellValue(Integer.parseInt(e.getValue()));
          } else {
            cell.setCellValue(e.getValue());
          }
        }
      }
      for (int c = 0; c < Sheets.HEADERS.size(); c++) {
        sheet.setColumnWidth(c, c == 0 ? 6 * 256 : (c == 12 ? 30 : 20) * 256);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return normalizeZip(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write spreadsheet " + sheetName, e);
    }
  }

  /** Rewrites a zip with every entry's time set to the data set's reference date. */
  static byte[] normalizeZip(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(FIXED);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
