package io.workforce.orchestrator.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.testing.Workbooks;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetsTest {

  private static final SheetLimits LIMITS =
      new SheetLimits(1000, "workforce.spreadsheets.max-rows", 10_000, 1 << 20);

  @TempDir Path dir;

  @Test
  void readsAnXlsxAsTheSpreadsheetShowsIt() throws IOException {
    Path file = dir.resolve("cases.xlsx");
    Files.write(
        file,
        Workbooks.small(
            List.of("code", "name", "amount", "date"),
            List.of(
                List.of("A-1", " 甲公司 ", 12.5, LocalDate.of(2026, 3, 1)),
                List.of(),
                List.of("A-2", "", 7))));
    List<String> rows = new ArrayList<>();
    Spreadsheets.read("cases.xlsx", file, LIMITS, (n, cells) -> rows.add(n + ":" + cells));
    assertThat(rows)
        .containsExactly(
            "1:[code, name, amount, date]", "2:[A-1, 甲公司, 12.5, 2026-03-01]", "4:[A-2, , 7]");
  }

  @Test
  void aSheetPastTheRowLimitIsRefusedNamingTheFileAndTheSetting() {
    Path file = Workbooks.large(dir.resolve("big.xlsx"), 1001);
    assertThatThrownBy(() -> Spreadsheets.read("big.xlsx", file, LIMITS, (n, cells) -> {}))
        .isInstanceOf(SheetTooLargeException.class)
        .hasMessageContaining("'big.xlsx'")
        .hasMessageContaining("more than 1000 data rows")
        .hasMessageContaining("workforce.spreadsheets.max-rows");
  }

  @Test
  void aSharedStringsTableDeclaringBillionsOfEntriesIsRefusedBeforeAnythingIsAllocated()
      throws IOException {
    Path file = Workbooks.large(dir.resolve("bomb.xlsx"), 2);
    replace(
        file,
        "xl/sharedStrings.xml",
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " uniqueCount=\"2147483647\"><si><t>x</t></si></sst>");
    assertThatThrownBy(() -> Spreadsheets.read("bomb.xlsx", file, LIMITS, (n, cells) -> {}))
        .isInstanceOf(SheetTooLargeException.class)
        .hasMessageContaining("'bomb.xlsx'")
        .hasMessageContaining("more than 10000 cells")
        .hasMessageContaining("workforce.spreadsheets.max-cells");
  }

  @Test
  void aSharedStringsTablePastItsSizeIsRefused() {
    Path file = Workbooks.large(dir.resolve("strings.xlsx"), 40_000);
    SheetLimits small = new SheetLimits(100_000, "x", 1_000_000, 100_000);
    assertThatThrownBy(() -> Spreadsheets.read("strings.xlsx", file, small, (n, cells) -> {}))
        .isInstanceOf(SheetTooLargeException.class)
        .hasMessageContaining("shared-strings table larger than 100000 bytes")
        .hasMessageContaining("workforce.spreadsheets.max-shared-strings");
  }

  @Test
  void aCellNamingASharedStringThatDoesNotExistIsABriefError() throws IOException {
    Path file = Workbooks.large(dir.resolve("dangling.xlsx"), 3);
    replace(
        file,
        "xl/sharedStrings.xml",
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><t>creditCode</t></si><si><t>name</t></si></sst>");
    assertThatThrownBy(() -> Spreadsheets.read("dangling.xlsx", file, LIMITS, (n, cells) -> {}))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("'dangling.xlsx'")
        .hasMessageContaining("names shared string 2, but the file has 2");
  }

  @Test
  void aFileThatIsNoWorkbookIsRefusedNamingIt() throws IOException {
    Path file = dir.resolve("fake.xlsx");
    Files.writeString(file, "not a zip at all");
    assertThatThrownBy(() -> Spreadsheets.read("fake.xlsx", file, LIMITS, (n, cells) -> {}))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("cannot read file 'fake.xlsx'");
  }

  @Test
  void aCsvInUtf8WithABomOrInGbkIsReadExactly() throws IOException {
    String text = "编号,姓名\n1,张三\n\n2,李四\n";
    Path utf8 = dir.resolve("utf8.csv");
    Files.write(utf8, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    Path gbk = dir.resolve("gbk.csv");
    Files.write(gbk, text.getBytes(Charset.forName("GBK")));
    for (Path file : List.of(utf8, gbk)) {
      List<String> rows = new ArrayList<>();
      Spreadsheets.read(
          file.getFileName().toString(), file, LIMITS, (n, cells) -> rows.add(n + ":" + cells));
      assertThat(rows)
          .as(file.getFileName().toString())
          .containsExactly("1:[编号, 姓名]", "2:[1, 张三]", "4:[2, 李四]");
    }
  }

  @Test
  void aCsvInNeitherEncodingIsRefusedNamingTheLine() throws IOException {
    Path file = dir.resolve("latin.csv");
    byte[] head = "code,name\nA-1,ok\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'A', '-', '2', ',', (byte) 0x80, '\n'};
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    Files.write(file, all);
    assertThatThrownBy(() -> Spreadsheets.read("latin.csv", file, LIMITS, (n, cells) -> {}))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("latin.csv:3")
        .hasMessageContaining("neither UTF-8 nor GB18030")
        .hasMessageContaining("CSV UTF-8");
  }

  private static void replace(Path zip, String part, String xml) throws IOException {
    try (FileSystem fs = FileSystems.newFileSystem(zip)) {
      Files.writeString(fs.getPath(part), xml, StandardCharsets.UTF_8);
    }
  }
}
