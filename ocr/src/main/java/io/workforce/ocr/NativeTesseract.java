package io.workforce.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import net.sourceforge.tess4j.TessAPI;

/**
 * Loads Debian's {@code libtesseract} once per process. Tess4J's own loader unpacks Windows DLLs
 * into a temp directory first; we let JNA find the system library directly, falling back to the
 * versioned file ({@code libtesseract.so.5}) that the runtime package ships without the {@code
 * -dev} symlink.
 */
final class NativeTesseract {

  /** The Debian package with the shared library. */
  static final String LIBRARY_PACKAGE = "libtesseract5";

  private static final List<Path> LIBRARY_DIRS =
      List.of(
          Path.of("/usr/lib/x86_64-linux-gnu"),
          Path.of("/usr/lib/aarch64-linux-gnu"),
          Path.of("/usr/lib64"),
          Path.of("/usr/lib"),
          Path.of("/usr/local/lib"));

  private static volatile TessAPI api;

  private NativeTesseract() {}

  /**
   * The loaded library; throws {@link OcrUnavailableException} naming the package when it is
   * missing.
   */
  static TessAPI api() {
    TessAPI loaded = api;
    if (loaded == null) {
      synchronized (NativeTesseract.class) {
        loaded = api;
        if (loaded == null) {
          loaded = load(name -> Native.load(name, TessAPI.class), candidates());
          api = loaded;
        }
      }
    }
    return loaded;
  }

  /** Tries each library name in turn; the first that loads wins. */
  static TessAPI load(Function<String, TessAPI> loader, List<String> names) {
    limitOpenMpThreads();
    List<String> tried = new ArrayList<>();
    Throwable last = null;
    for (String name : names) {
      try {
        return loader.apply(name);
      } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
        tried.add(name);
        last = e;
      }
    }
    throw missingLibrary(tried, last);
  }

  static OcrUnavailableException missingLibrary(List<String> tried, Throwable cause) {
    String install = "apt-get install -y " + LIBRARY_PACKAGE + " tesseract-ocr";
    return new OcrUnavailableException(
        Messages.say(
            "找不到 Tesseract 程序库 libtesseract (已尝试: "
                + String.join(", ", tried)
                + "). 请安装 Debian 软件包 "
                + LIBRARY_PACKAGE
                + ": "
                + install,
            "Tesseract library libtesseract not found (tried: "
                + String.join(", ", tried)
                + "). Install the Debian package "
                + LIBRARY_PACKAGE
                + ": "
                + install),
        LIBRARY_PACKAGE,
        cause);
  }

  /** "tesseract" (JNA's own search), then versioned files in the usual library directories. */
  static List<String> candidates() {
    List<String> names = new ArrayList<>(List.of("tesseract"));
    for (Path dir : LIBRARY_DIRS) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "libtesseract.so.*")) {
        List<Path> found = new ArrayList<>();
        files.forEach(found::add);
        found.sort(Comparator.comparing(Path::toString).reversed());
        found.forEach(p -> names.add(p.toString()));
      } catch (IOException e) {
        // an unreadable directory is just not a candidate
      }
    }
    return names;
  }

  /**
   * OpenMP reads {@code OMP_THREAD_LIMIT} once, when libtesseract (and libgomp) is loaded. Several
   * OpenMP threads per engine make a pool of engines on a few cores 3–7× slower, so unless the user
   * set it we put {@code OMP_THREAD_LIMIT=1} into the process environment before loading.
   */
  private static void limitOpenMpThreads() {
    if (System.getenv("OMP_THREAD_LIMIT") != null) {
      return;
    }
    try {
      Native.load("c", LibC.class).setenv("OMP_THREAD_LIMIT", "1", 0);
    } catch (UnsatisfiedLinkError e) {
      // not glibc: the documented environment variable is then the only way
    }
  }

  /** The one libc function we need. */
  interface LibC extends Library {
    int setenv(String name, String value, int overwrite);
  }
}
