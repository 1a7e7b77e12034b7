package io.workforce.e2e.controlcenter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Spreadsheets a person hands in: the childcare-subsidy sheet ({@code enter-from-spreadsheet}'s
 * columns), queue imports.
 */
final class Sheets {

  static final List<String> COLUMNS =
      List.of(
          "序号", "申请人姓名", "申请人身份证号", "与儿童关系", "手机号码", "儿童姓名", "儿童身份证号", "儿童性别", "出生日期", "户籍省份",
          "户籍城市", "户籍区县", "详细地址");

  private Sheets() {}

  /** A workbook with one sheet: the header row, then the rows as text cells. */
  static Path write(Path dir, String fileName, List<String> header, List<List<String>> rows) {
    try (Workbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("Sheet1");
      List<List<String>> all = new ArrayList<>();
      all.add(header);
      all.addAll(rows);
      for (int i = 0; i < all.size(); i++) {
        Row r = sheet.createRow(i);
        for (int c = 0; c < all.get(i).size(); c++) {
          r.createCell(c).setCellValue(all.get(i).get(c));
        }
      }
      Path file = dir.resolve(fileName);
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
