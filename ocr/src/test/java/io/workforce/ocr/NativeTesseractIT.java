package io.workforce.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Native;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;
import org.junit.jupiter.api.Test;

/**
 * Debian's library is found by name, and by its versioned file when the -dev symlink is missing.
 */
class NativeTesseractIT {

  @Test
  void theVersionedLibraryFileLoadsWhenTheNameDoesNot() {
    List<String> files =
        NativeTesseract.candidates().stream().filter(n -> n.contains("libtesseract.so.")).toList();
    assertThat(files).as("Debian's libtesseract.so.5 in a library directory").isNotEmpty();
    TessAPI api =
        NativeTesseract.load(
            name -> Native.load(name, TessAPI.class),
            List.of("no-such-tesseract-library", files.get(0)));
    TessBaseAPI handle = api.TessBaseAPICreate();
    assertThat(handle).isNotNull();
    api.TessBaseAPIDelete(handle);
  }

  @Test
  void theLibraryLoadsByNameOnThisMachine() {
    assertThat(NativeTesseract.api()).isNotNull();
  }
}
