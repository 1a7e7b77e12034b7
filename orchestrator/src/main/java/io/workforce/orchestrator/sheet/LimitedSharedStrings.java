package io.workforce.orchestrator.sheet;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * An xlsx's shared-strings table (the one part of a workbook that must be held in memory while its
 * sheet streams by), refused past the cell limit before it is built: POI would otherwise size its
 * list by the file's own {@code uniqueCount}, which costs gigabytes for a file of a few bytes.
 */
final class LimitedSharedStrings extends ReadOnlySharedStringsTable {

  private static final String NS = XSSFRelation.NS_SPREADSHEETML;

  private String fileName;
  private SheetLimits limits;
  private int entries;

  LimitedSharedStrings(String fileName, SheetLimits limits, InputStream part)
      throws IOException, SAXException {
    // POI reads in its constructor, before this one could set the limits: read nothing there
    super(InputStream.nullInputStream(), false);
    this.fileName = fileName;
    this.limits = limits;
    readFrom(part);
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes attributes)
      throws SAXException {
    if (limits != null && (uri == null || uri.equals(NS))) {
      if ("sst".equals(localName)) {
        String declared = attributes.getValue("uniqueCount");
        if (declared != null && parse(declared) > limits.maxCells()) {
          throw RowLimits.tooManyCells(fileName, limits);
        }
      } else if ("si".equals(localName) && ++entries > limits.maxCells()) {
        throw RowLimits.tooManyCells(fileName, limits);
      }
    }
    super.startElement(uri, localName, name, attributes);
  }

  @Override
  public RichTextString getItemAt(int idx) {
    if (idx < 0 || idx >= entries) {
      // POI's own message lists the whole table
      throw new IllegalArgumentException(
          "a cell names shared string " + idx + ", but the file has " + entries);
    }
    return super.getItemAt(idx);
  }

  private long parse(String number) throws SAXException {
    try {
      return Long.parseLong(number.trim());
    } catch (NumberFormatException e) {
      throw new SAXException("uniqueCount '" + number + "' is not a number");
    }
  }
}
