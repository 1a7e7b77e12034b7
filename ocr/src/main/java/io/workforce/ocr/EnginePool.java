package io.workforce.ocr;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import net.sourceforge.tess4j.TessAPI;

/**
 * The {@link OcrEngine}: preprocessing, one or two Tesseract passes (see {@link ScriptSplit}) on
 * handles from a {@link HandlePool}, and the result. Tesseract and its data are looked up at the
 * first read, so a robot without OCR installed only fails when a flow actually reads an image.
 */
final class EnginePool implements OcrEngine {

  private final OcrConfig config;
  private final Supplier<TessAPI> library;
  private final String tessdataPrefix;
  private final HandlePool<TessHandle> handles;
  private final Thread shutdownHook;
  private volatile Tessdata tessdata;

  EnginePool(OcrConfig config, Supplier<TessAPI> library, String tessdataPrefix) {
    this.config = Objects.requireNonNull(config);
    this.library = library;
    this.tessdataPrefix = tessdataPrefix;
    this.handles =
        new HandlePool<>(
            config.engines(),
            config.borrowTimeout(),
            languages -> TessHandle.open(library.get(), tessdata(), languages),
            TessHandle::languages,
            TessHandle::close);
    this.shutdownHook = new Thread(handles::close, "ocr-pool-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  @Override
  public OcrResult recognize(BufferedImage image, OcrOptions options) {
    return recognize(image, options, Preprocessor.SCREEN_DPI);
  }

  @Override
  public OcrResult recognize(BufferedImage image, OcrOptions options, int dpi) {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(options, "options");
    long start = System.nanoTime();
    tessdata().require(options.languageList());
    library.get();
    PreparedImage prepared =
        Preprocessor.prepare(image, options.region(), options.preprocessing(), dpi);
    int mode = options.pageSegMode().tesseractValue();
    String whitelist = options.whitelist();
    ScriptSplit.Plan plan = ScriptSplit.plan(options.languageList(), whitelist);
    List<TessHandle.RawWord> words;
    if (plan == null) {
      words = withHandle(options.languages(), h -> h.read(prepared, mode, whitelist));
    } else {
      List<TessHandle.RawWord> first =
          withHandle(plan.first(), h -> h.read(prepared, mode, whitelist));
      List<ScriptSplit.Run> runs =
          ScriptSplit.latinRuns(first, prepared.width(), prepared.height());
      words =
          runs.isEmpty()
              ? first
              : ScriptSplit.splice(
                  first,
                  runs,
                  withHandle(
                      plan.second(),
                      h ->
                          h.readLines(
                              prepared,
                              runs.stream().map(ScriptSplit.Run::box).toList(),
                              whitelist)));
    }
    return Results.of(
        words,
        prepared,
        options.minConfidence(),
        ScriptSplit.hasCjkLanguage(options.languageList()),
        Duration.ofNanos(System.nanoTime() - start));
  }

  private <T> T withHandle(String languages, Function<TessHandle, T> work) {
    TessHandle handle = handles.borrow(languages);
    boolean healthy = false;
    try {
      T result = work.apply(handle);
      healthy = true;
      return result;
    } finally {
      handles.giveBack(handle, healthy);
    }
  }

  @Override
  public Set<String> availableLanguages() {
    return Set.copyOf(tessdata().languages());
  }

  private Tessdata tessdata() {
    Tessdata found = tessdata;
    if (found == null) {
      found = Tessdata.locate(config.tessdata(), tessdataPrefix);
      tessdata = found;
    }
    return found;
  }

  @Override
  public void close() {
    handles.close();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is running or has run
    }
  }

  /** {created, loaded, lent} handle counts, for tests and benchmarks. */
  int[] handleCounters() {
    return handles.counters();
  }
}
