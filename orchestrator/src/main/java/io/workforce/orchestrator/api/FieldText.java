package io.workforce.orchestrator.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;

/**
 * Why a field was refused, in the caller's language, from the constraint that refused it: never the
 * validator's English default under a Chinese title, never the raw regular expression of a
 * {@code @Pattern} (a caller cannot be expected to read one).
 */
final class FieldText {

  private FieldText() {}

  /** The patterns the API's records use, in words. */
  private static final Map<String, Text> PATTERNS =
      Map.of(
          "[a-z0-9][a-z0-9._-]{0,99}",
          Text.of(
              "只能用小写字母、数字、点、下划线或连字符，以字母或数字开头，最多 100 个字符",
              "use lower-case letters, digits, '.', '_' or '-', starting with a letter or digit,"
                  + " at most 100 characters"),
          "[A-Za-z0-9][A-Za-z0-9._-]{0,99}",
          Text.of(
              "只能用字母、数字、点、下划线或连字符，以字母或数字开头，最多 100 个字符",
              "use letters, digits, '.', '_' or '-', starting with a letter or digit,"
                  + " at most 100 characters"),
          "[A-Za-z0-9][A-Za-z0-9._@-]{0,99}",
          Text.of(
              "只能用字母、数字、点、下划线、@ 或连字符，以字母或数字开头，最多 100 个字符",
              "use letters, digits, '.', '_', '@' or '-', starting with a letter or digit,"
                  + " at most 100 characters"),
          "zh|en",
          Text.of("只能是 zh 或 en", "must be zh or en"));

  /** Fields whose refused value is never repeated in an answer. */
  private static final List<String> SECRET = List.of("password", "secret", "token", "key");

  /**
   * @param codes the error's codes, the bare constraint name ({@code Pattern}) last
   * @param args the constraint's arguments: the field first, then its attributes by name
   */
  static String message(String[] codes, Object[] args, Locale locale) {
    String code = codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
    List<Object> attrs =
        args == null || args.length < 2 ? List.of() : Arrays.asList(args).subList(1, args.length);
    List<Long> numbers =
        attrs.stream().filter(Number.class::isInstance).map(a -> ((Number) a).longValue()).toList();
    Text text =
        switch (code) {
          case "NotNull", "NotBlank", "NotEmpty" -> Text.of("必填", "is required");
          case "Min" -> Text.of("不能小于 " + first(numbers), "must be at least " + first(numbers));
          case "Max" -> Text.of("不能大于 " + first(numbers), "must be at most " + first(numbers));
          case "Positive" -> Text.of("须大于 0", "must be greater than 0");
          case "PositiveOrZero" -> Text.of("不能小于 0", "must not be negative");
          case "Email" -> Text.of("不是有效的电子邮件地址", "is not a valid e-mail address");
          case "Size" -> size(numbers);
          case "Pattern" ->
              attrs.stream()
                  .map(FieldText::string)
                  .filter(java.util.Objects::nonNull)
                  .map(PATTERNS::get)
                  .filter(java.util.Objects::nonNull)
                  .findFirst()
                  .orElse(Text.of("格式不对", "has the wrong format"));
          default -> Text.of("取值无效", "is not valid");
        };
    return text.in(locale);
  }

  /** The value that was refused, unless the field holds a secret. */
  static String rejected(String field, Object value, Locale locale) {
    String lower = field == null ? "" : field.toLowerCase(Locale.ROOT);
    if (value == null || SECRET.stream().anyMatch(lower::contains)) {
      return null;
    }
    return Text.of("收到的值：" + value, "rejected value: " + value).in(locale);
  }

  /** Spring hands a String attribute over as a resolvable whose default message is the value. */
  private static String string(Object attribute) {
    if (attribute instanceof MessageSourceResolvable r) {
      return r.getDefaultMessage();
    }
    return attribute instanceof String s ? s : null;
  }

  private static Object first(List<Long> numbers) {
    return numbers.isEmpty() ? "?" : numbers.get(0);
  }

  /** {@code @Size}'s attributes by name: max, then min. */
  private static Text size(List<Long> numbers) {
    if (numbers.size() < 2) {
      return Text.of("长度不对", "has the wrong length");
    }
    long max = numbers.get(0);
    long min = numbers.get(1);
    if (min == 0) {
      return Text.of("最多 " + max + " 个字符或条目", "at most " + max + " characters or entries");
    }
    if (max == Integer.MAX_VALUE) {
      return Text.of("至少 " + min + " 个字符或条目", "at least " + min + " characters or entries");
    }
    return Text.of("长度须在 " + min + " 到 " + max + " 之间", "must be " + min + " to " + max + " long");
  }
}
