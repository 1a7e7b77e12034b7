package io.workforce.ocr.corpus;

import io.workforce.ocr.fields.CreditCodes;
import io.workforce.ocr.fields.IdNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Field values with their truth, deterministic by seed: amounts as registries show them, valid ID
 * numbers, valid credit codes (GB 32100 and GB 11714 check characters right) and dates in the
 * common Chinese forms.
 */
public final class FieldCorpus {

  /**
   * Real division codes (province, city, district) of the kind ID numbers and credit codes start
   * with.
   */
  static final List<String> DIVISIONS =
      List.of(
          "110105", "110108", "120101", "310104", "310115", "320102", "320506", "330102", "330106",
          "330108", "330110", "340104", "350203", "370102", "410105", "420106", "440103", "440305",
          "500103", "510107", "610113", "650102");

  private static final String ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private FieldCorpus() {}

  /** An amount text and its value in yuan. */
  public record Amount(String text, BigDecimal yuan) {}

  /**
   * {@code n} amounts in the forms registries and forms use: {@code 1,200.00万元}, {@code ¥3,456.70},
   * ...
   */
  public static List<Amount> amounts(int n, long seed) {
    Random r = new Random(seed);
    List<Amount> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BigDecimal value = BigDecimal.valueOf(r.nextInt(i % 3 == 0 ? 100_000 : 100_000_000), 2);
      out.add(
          switch (i % 5) {
            case 0, 1 ->
                new Amount(
                    String.format("%,.2f万元", value), value.multiply(BigDecimal.valueOf(10_000)));
            case 2 -> new Amount(String.format("¥%,.2f", value), value);
            case 3 -> new Amount(String.format("%,.2f元", value), value);
            default -> new Amount(String.format("%,.2f", value), value);
          });
    }
    return out;
  }

  /** {@code n} valid resident ID numbers (born 1940–2010, one in 11 ending in X on average). */
  public static List<String> idNumbers(int n, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(r.nextInt(70 * 365));
      out.add(IdNumbers.of(DIVISIONS.get(r.nextInt(DIVISIONS.size())), birth, r.nextInt(1000)));
    }
    return out;
  }

  /**
   * {@code n} valid credit codes of companies: {@code 9} + type {@code 1/2/3}, a division code, an
   * organisation code (8 digits, or {@code MA} + 6 characters, the new form since 2015) with its GB
   * 11714 check, then the GB 32100 check character.
   */
  public static List<String> creditCodes(int n, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder org = new StringBuilder();
      if (r.nextInt(3) == 0) {
        for (int k = 0; k < 8; k++) {
          org.append((char) ('0' + r.nextInt(10)));
        }
      } else {
        org.append("MA");
        for (int k = 0; k < 6; k++) {
          org.append(ORG_CHARS.charAt(r.nextInt(ORG_CHARS.length())));
        }
      }
      char orgCheck = CreditCodes.organisationCheck(org.toString());
      String body =
          "9" + (1 + r.nextInt(3)) + DIVISIONS.get(r.nextInt(DIVISIONS.size())) + org + orgCheck;
      out.add(CreditCodes.of(body));
    }
    return out;
  }

  /** A date text and its value. */
  public record DateText(String text, LocalDate date) {}

  /**
   * {@code n} dates as Chinese systems write them: {@code 2024-03-05}, {@code 2024年3月5日}, {@code
   * 2024/03/05}.
   */
  public static List<DateText> dates(int n, long seed) {
    Random r = new Random(seed);
    List<DateText> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate d = LocalDate.of(1990, 1, 1).plusDays(r.nextInt(40 * 365));
      String text =
          switch (i % 3) {
            case 0 -> d.toString();
            case 1 -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            default ->
                String.format("%d/%02d/%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
          };
      out.add(new DateText(text, d));
    }
    return out;
  }

  /** The amount in yuan with two decimals, as the amount reader returns it. */
  public static BigDecimal yuan(BigDecimal value) {
    return value.setScale(2, RoundingMode.UNNECESSARY);
  }
}
