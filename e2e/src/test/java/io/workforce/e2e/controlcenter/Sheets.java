package io.workforce.e2e.controlcenter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The childcare-subsidy spreadsheet a clerk hands in (the columns {@code enter-from-spreadsheet} declares). */
final class Sheets {

  static final List<String> COLUMNS = List.of("序号", "申请人姓名", "申请人身份证号", "与儿童关系", "手机号码", "儿童姓名",
      "儿童身份证号", "儿童性别", "出生日期", "户籍省份", "户籍城市", "户籍区县", "详细地址");

  private Sheets() {
  }

  /** {@code rows} applications; the rows in {@code wrongBirthDates} have a birth date that contradicts the ID. */
  static Path subsidyApplications(Path dir, int rows, List<Integer> wrongBirthDates) {
    String[] names = {"王芳", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞"};
    try (Workbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("申领表");
      Row head = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.size(); c++) {
        head.createCell(c).setCellValue(COLUMNS.get(c));
      }
      for (int i = 1; i <= rows; i++) {
        String birth = String.format("2025-%02d-%02d", 1 + i % 12, 1 + i % 27);
        String childId = "330106" + birth.replace("-", "") + String.format("%03d", i) + "X";
        String shown = wrongBirthDates.contains(i) ? "2024-01-01" : birth;
        List<String> values = List.of(String.valueOf(i), names[i % names.length], "33010619900101" + String.format("%04d", i),
            "母亲", "1380000" + String.format("%04d", i), names[(i + 3) % names.length] + "宝", childId, i % 2 == 0 ? "女" : "男",
            shown, "浙江省", "杭州市", "西湖区", "文三路 " + i + " 号");
        Row r = sheet.createRow(i);
        for (int c = 0; c < values.size(); c++) {
          r.createCell(c).setCellValue(values.get(c));
        }
      }
      Path file = dir.resolve("育儿补贴申领表.xlsx");
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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

  /** The rows of the first sheet as column → text, as a robot reads them. */
  static List<Map<String, String>> read(byte[] xlsx) {
    DataFormatter fmt = new DataFormatter();
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheetAt(0);
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(c -> header.add(fmt.formatCellValue(c)));
      List<Map<String, String>> rows = new ArrayList<>();
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          row.put(header.get(c), fmt.formatCellValue(sheet.getRow(i).getCell(c)));
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
