package io.workforce.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.ocr.corpus.ScreenRenderer;
import io.workforce.ocr.corpus.TextStyle;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine against Debian's real Tesseract (libtesseract 5.3, fast eng and chi_sim models). */
class OcrEngineIT {

  private static OcrEngine ocr;

  @TempDir Path temp;

  @BeforeAll
  static void start() {
    ocr = OcrEngine.pool(OcrConfig.defaults().withEngines(2));
  }

  @AfterAll
  static void stop() {
    ocr.close();
  }

  private static OcrOptions line() {
    return OcrOptions.defaults().withPageSegMode(PageSegMode.SINGLE_LINE);
  }

  @Test
  void readsARegistryStyleChineseLineWithTheDefaultLanguages() {
    BufferedImage image = ScreenRenderer.line("企业名称：杭州博华科技有限公司", TextStyle.REGISTRY);
    OcrResult result = ocr.recognize(image, line());
    assertThat(result.text()).isEqualTo("企业名称：杭州博华科技有限公司");
    assertThat(result.confidence()).isGreaterThan(80);
    assertThat(result.elapsed()).isPositive();
  }

  @Test
  void readsEnglishWordsInsideAChineseLineWithTheirSpaces() {
    BufferedImage image =
        ScreenRenderer.line("导出 Excel 表格：Showing 1 to 20 of 356 records", TextStyle.REGISTRY);
    OcrResult result = ocr.recognize(image, line());
    assertThat(result.text()).isEqualTo("导出Excel表格：Showing 1 to 20 of 356 records");
    // words of the second (English) pass keep their place in the line
    assertThat(result.words()).extracting(w -> w.box().x()).isSorted();
    assertThat(result.words()).allMatch(w -> w.box().fitsIn(image.getWidth(), image.getHeight()));
  }

  @Test
  void wordsCarryBoxesInTheCallersCoordinatesAndConfidences() {
    BufferedImage image =
        ScreenRenderer.line("Company name Registered capital", TextStyle.REGISTRY);
    OcrResult result = ocr.recognize(image, line().withLanguages("eng"));
    assertThat(result.words())
        .extracting(OcrWord::text)
        .containsExactly("Company", "name", "Registered", "capital");
    for (OcrWord w : result.words()) {
      assertThat(w.box().fitsIn(image.getWidth(), image.getHeight())).as(w.toString()).isTrue();
      assertThat(w.confidence()).isBetween(50f, 100f);
    }
    assertThat(result.words().get(0).box().x()).isBetween(2, 8);
    assertThat(result.words().get(3).box().right())
        .isBetween(image.getWidth() - 10, image.getWidth());
  }

  @Test
  void aRegionReadsOnlyThatPartAndBoxesStayInImageCoordinates() {
    BufferedImage image =
        ScreenRenderer.line("Name Zhang Wei   Phone 13812345678", TextStyle.REGISTRY);
    OcrResult all = ocr.recognize(image, line().withLanguages("eng"));
    OcrWord phone =
        all.words().stream().filter(w -> w.text().equals("Phone")).findFirst().orElseThrow();
    Box region =
        new Box(phone.box().x() - 2, 0, image.getWidth() - phone.box().x() + 2, image.getHeight());
    OcrResult part = ocr.recognize(image, line().withLanguages("eng").withRegion(region));
    assertThat(part.text()).isEqualTo("Phone 13812345678");
    assertThat(part.words().get(0).box().x()).isBetween(phone.box().x() - 2, phone.box().x() + 2);
  }

  @Test
  void aWhitelistKeepsOnlyThoseCharacters() {
    BufferedImage image = ScreenRenderer.line("110105194912310021", TextStyle.REGISTRY);
    OcrResult result =
        ocr.recognize(image, line().withLanguages("eng").withWhitelist("0123456789X"));
    assertThat(result.text()).matches("[0-9X]+");
    assertThat(result.text()).isEqualTo("110105194912310021");
  }

  @Test
  void wordsBelowTheMinimumConfidenceAreLeftOutOfTheTextButStillListed() {
    BufferedImage image = ScreenRenderer.line("Status: Approved", TextStyle.REGISTRY);
    OcrResult first = ocr.recognize(image, line().withLanguages("eng"));
    float best =
        (float) first.words().stream().mapToDouble(OcrWord::confidence).max().orElseThrow();
    OcrResult strict =
        ocr.recognize(
            image, line().withLanguages("eng").withMinConfidence(Math.min(100, best + 0.5f)));
    assertThat(strict.text()).isEmpty();
    assertThat(strict.words()).hasSameSizeAs(first.words());
  }

  @Test
  void lightTextOnDarkIsReadAlsoInsideALightScreen() {
    TextStyle header =
        new TextStyle(
            "header",
            "Noto Sans CJK SC",
            Font.BOLD,
            14,
            Color.WHITE,
            new Color(0x2F5597),
            true,
            6,
            4);
    assertThat(
            ocr.recognize(
                    ScreenRenderer.line("Application number", header), line().withLanguages("eng"))
                .text())
        .isEqualTo("Application number");
    // the screen's title bar is white on blue; the rest dark on light
    BufferedImage screen =
        ScreenRenderer.screen(io.workforce.ocr.corpus.UiText.screenRows(4, 3), TextStyle.REGISTRY);
    OcrResult title =
        ocr.recognize(screen, OcrOptions.defaults().withRegion(new Box(0, 0, 600, 90)));
    assertThat(title.text()).startsWith("企业登记信息查询系统\n首页");
  }

  @Test
  void readsPngBytesAndFiles() throws Exception {
    BufferedImage image = ScreenRenderer.line("Submitted by Zhang Wei", TextStyle.REGISTRY);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    assertThat(ocr.recognize(png.toByteArray(), line().withLanguages("eng")).text())
        .isEqualTo("Submitted by Zhang Wei");
    Path file = temp.resolve("line.png");
    Files.write(file, png.toByteArray());
    assertThat(ocr.recognize(file, line().withLanguages("eng")).text())
        .isEqualTo("Submitted by Zhang Wei");
  }

  @Test
  void readsEveryPageOfAScannedPdf() throws Exception {
    Path pdf = temp.resolve("scan.pdf");
    writeScannedPdf(pdf, List.of("营业执照 统一社会信用代码", "Business licence page two"));
    List<OcrResult> pages = ocr.recognizePages(pdf, OcrOptions.defaults());
    assertThat(pages)
        .extracting(OcrResult::text)
        .containsExactly("营业执照统一社会信用代码", "Business licence page two");
    assertThat(ocr.recognize(pdf, OcrOptions.defaults()).text())
        .isEqualTo("营业执照统一社会信用代码\n\nBusiness licence page two");
  }

  @Test
  void bytesThatAreNoImageGiveAClearError() {
    assertThatThrownBy(() -> ocr.recognize("not an image".getBytes(), OcrOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12")
        .hasMessageContaining("PNG");
    assertThatThrownBy(() -> ocr.recognize(temp.resolve("missing.png"), OcrOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing.png");
  }

  @Test
  void aLanguageThatIsNotInstalledNamesItsDebianPackage() {
    BufferedImage image = ScreenRenderer.line("x", TextStyle.REGISTRY);
    assertThatThrownBy(() -> ocr.recognize(image, OcrOptions.defaults().withLanguages("jpn+eng")))
        .isInstanceOfSatisfying(
            OcrUnavailableException.class,
            e -> {
              assertThat(e.debianPackage()).isEqualTo("tesseract-ocr-jpn");
              assertThat(e.isBusinessError()).isFalse();
            })
        .hasMessageContaining("apt-get install -y tesseract-ocr-jpn");
  }

  @Test
  void aBlankImageReadsAsNothing() {
    OcrResult result = ocr.recognize(blank(300, 40), line());
    assertThat(result.isBlank()).isTrue();
    assertThat(result.confidence()).isZero();
  }

  @Test
  void findsDebiansTessdataWithoutSettings() {
    assertThat(ocr.availableLanguages()).contains("chi_sim", "eng");
  }

  private static void writeScannedPdf(Path file, List<String> lines) throws Exception {
    TextStyle print =
        new TextStyle(
            "print", "Noto Sans CJK SC", Font.PLAIN, 40, Color.BLACK, Color.WHITE, true, 40, 30);
    try (PDDocument document = new PDDocument()) {
      for (String line : lines) {
        PDPage page = new PDPage(PDRectangle.A5);
        document.addPage(page);
        BufferedImage scan = ScreenRenderer.line(line, print);
        PDImageXObject image = LosslessFactory.createFromImage(document, scan);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          float width = scan.getWidth() * 72f / 300; // a 300 dpi scan
          float height = scan.getHeight() * 72f / 300;
          content.drawImage(image, 20, page.getMediaBox().getHeight() - 40 - height, width, height);
        }
      }
      document.save(file.toFile());
    }
  }

  static BufferedImage blank(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.dispose();
    return image;
  }
}
