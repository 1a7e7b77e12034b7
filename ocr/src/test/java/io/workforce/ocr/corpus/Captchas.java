package io.workforce.ocr.corpus;

import io.workforce.samples.portal.PortalSystem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Image verification codes as the sample one-network portal's log-in page shows them (four digits,
 * two thin lines through them, a little vertical jitter), made by the portal's own generator for
 * deterministic tokens: the same seed always gives the same pictures.
 */
public final class Captchas {

  /** The portal's data seed the images are drawn with ({@code ./rpa samples} uses 42). */
  public static final long PORTAL_SEED = 42;

  private Captchas() {}

  /** One image and the code it shows. */
  public record Captcha(String code, BufferedImage image) {}

  /** {@code n} images for tokens drawn from {@code seed}. */
  public static List<Captcha> of(int n, long seed) {
    Random random = new Random(seed);
    List<Captcha> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] token = new byte[6];
      random.nextBytes(token);
      String t = HexFormat.of().formatHex(token);
      out.add(
          new Captcha(
              PortalSystem.captchaCode(PORTAL_SEED, t),
              decode(PortalSystem.captchaPng(PORTAL_SEED, t))));
    }
    return out;
  }

  private static BufferedImage decode(byte[] png) {
    try {
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
