package io.workforce.orchestrator.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an xlsx through POI's event model (SAX): the sheet streams by row by row, the
 * package is read from the file (random access, nothing whole in memory); only the shared strings
 * (bounded) and the styles (bounded) are held while it is read.
 */
final class XlsxRows {

  /** A styles part is a few kilobytes; this is far beyond any real one. */
  private static final long MAX_STYLES_BYTES = 16L << 20;

  private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

  private final String fileName;
  private final SheetLimits limits;

  XlsxRows(String fileName, SheetLimits limits) {
    this.fileName = fileName;
    this.limits = limits;
  }

  void read(Path file, SheetRows rows) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      SharedStrings strings = sharedStrings(pkg);
      StylesTable styles = styles(pkg);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        return;
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                styles,
                null,
                strings,
                new Collector(new RowLimits(fileName, limits, rows)),
                new DataFormatter(),
                false));
        parser.parse(new InputSource(sheet));
      }
    } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
      throw new IOException(e.getMessage(), e); // Spreadsheets looks inside it for a limit reached
    }
  }

  private SharedStrings sharedStrings(OPCPackage pkg) throws IOException, SAXException {
    List<PackagePart> parts =
        pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return new LimitedSharedStrings(fileName, limits, InputStream.nullInputStream());
    }
    try (InputStream in =
        bounded(
            parts.get(0).getInputStream(),
            limits.maxSharedStringsBytes(),
            new SheetTooLargeException(
                fileName,
                "的共享字符串表超过 " + limits.maxSharedStringsBytes() + " 字节",
                "has a shared-strings table larger than "
                    + limits.maxSharedStringsBytes()
                    + " bytes",
                "workforce.spreadsheets.max-shared-strings"))) {
      return new LimitedSharedStrings(fileName, limits, in);
    }
  }

  private StylesTable styles(OPCPackage pkg) throws IOException {
    List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
    if (parts.isEmpty()) {
      return null;
    }
    try (InputStream in =
        bounded(
            parts.get(0).getInputStream(),
            MAX_STYLES_BYTES,
            new SheetTooLargeException(
                fileName,
                "的样式表超过 " + MAX_STYLES_BYTES + " 字节",
                "has a styles part larger than " + MAX_STYLES_BYTES + " bytes",
                "none: no real workbook has such styles"))) {
      return new StylesTable(in);
    }
  }

  /** The stream, ending in {@code tooLarge} when it holds more than {@code max} bytes. */
  private static InputStream bounded(InputStream in, long max, RuntimeException tooLarge)
      throws IOException {
    return BoundedInputStream.builder()
        .setInputStream(in)
        .setMaxCount(max + 1)
        .setOnMaxCount(
            (limit, count) -> {
              throw tooLarge;
            })
        .get();
  }

  /** Puts each cell at its column (a sheet leaves empty cells out). */
  private final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final RowLimits target;
    private final List<String> cells = new ArrayList<>();

    Collector(RowLimits target) {
      this.target = target;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      target.row(rowNum + 1, List.copyOf(cells));
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      if (column < 0 || column >= MAX_COLUMNS) {
        throw new IllegalArgumentException(
            "cell " + reference + " is beyond the last column of a sheet");
      }
      while (cells.size() < column) {
        cells.add("");
      }
      String value = formattedValue == null ? "" : formattedValue.trim();
      if (column < cells.size()) {
        cells.set(column, value);
      } else {
        cells.add(value);
      }
    }
  }
}
