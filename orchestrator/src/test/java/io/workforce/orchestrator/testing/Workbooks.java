package io.workforce.orchestrator.testing;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheets people upload, small (made with POI) and very large (written as raw parts). */
public final class Workbooks {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String DOC_RELS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private Workbooks() {}

  /**
   * An xlsx of one sheet: the header, then the rows; a cell is text, a number or a {@link
   * LocalDate} (formatted as a date, as Excel keeps dates).
   */
  public static byte[] small(List<String> header, List<List<Object>> rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Sheet1");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Row h = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        h.createCell(c).setCellValue(header.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v instanceof LocalDate d) {
            row.createCell(c).setCellValue(d);
            row.getCell(c).setCellStyle(date);
          } else if (v != null) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A large xlsx as Excel writes one (a shared-strings table, a worksheet of rows), written part by
   * part so that making it costs no memory: columns {@code creditCode} and {@code name} (unique
   * texts), {@code amount} and {@code employees} (numbers). It compresses about 1:6, far from what
   * a zip-bomb guard stops. 250,000 rows make about 9.4 MB.
   */
  public static Path large(Path file, int rows) {
    try (ZipOutputStream zip =
        new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      part(
          zip,
          "[Content_Types].xml",
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
              + "</Types>");
      part(
          zip,
          "_rels/.rels",
          "<Relationships xmlns=\""
              + RELS
              + "\"><Relationship Id=\"rId1\" Type=\""
              + DOC_RELS
              + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      part(
          zip,
          "xl/workbook.xml",
          "<workbook xmlns=\""
              + MAIN
              + "\" xmlns:r=\""
              + DOC_RELS
              + "\"><sheets><sheet name=\"data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      part(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\""
              + RELS
              + "\"><Relationship Id=\"rId1\" Type=\""
              + DOC_RELS
              + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              + "<Relationship Id=\"rId2\" Type=\""
              + DOC_RELS
              + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
      Random random = new Random(7);
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
      w.write("<si><t>creditCode</t></si><si><t>name</t></si>");
      for (int i = 1; i <= rows; i++) {
        long code =
            1_000_000_000_000_000L + Math.floorMod(random.nextLong(), 8_000_000_000_000_000L);
        w.write("<si><t>91" + String.valueOf(code).substring(0, 16) + "</t></si>");
        w.write("<si><t>企业" + i + "</t></si>");
      }
      w.write("</sst>");
      w.flush();
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\">");
      w.write(
          "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>");
      w.write("<c r=\"C1\" t=\"inlineStr\"><is><t>amount</t></is></c>");
      w.write("<c r=\"D1\" t=\"inlineStr\"><is><t>employees</t></is></c></row>");
      StringBuilder row = new StringBuilder(200);
      for (int i = 1; i <= rows; i++) {
        int n = i + 1;
        int s = 2 * i;
        row.setLength(0);
        row.append("<row r=\"").append(n).append("\">");
        row.append("<c r=\"A").append(n).append("\" t=\"s\"><v>").append(s).append("</v></c>");
        row.append("<c r=\"B").append(n).append("\" t=\"s\"><v>").append(s + 1).append("</v></c>");
        row.append("<c r=\"C").append(n).append("\"><v>").append(random.nextInt(1_000_000));
        row.append("</v></c>");
        row.append("<c r=\"D").append(n).append("\"><v>").append(random.nextInt(5000));
        row.append("</v></c></row>");
        w.write(row.toString());
      }
      w.write("</sheetData></worksheet>");
      w.flush();
      zip.closeEntry();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    OutputStream out = zip;
    out.write(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml)
            .getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
