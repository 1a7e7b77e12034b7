package io.workforce.protocol.mask;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hides secrets in text: the secret itself and the copies that a flow, a page or a careless log
 * line could make of it — any letter case, reversed, URL-, base64-, hex-, HTML- and JSON-encoded,
 * and pieces of at least {@link #MIN_PIECE} characters and half the secret. The robot masks
 * everything it writes or sends with one; the orchestrator masks what robots send it with one made
 * from the secrets it handed out for that job, before storing it.
 *
 * <p>Pieces have a floor because shorter windows of real passwords ("2008", "Pass") are ordinary
 * words and dates: masking them would blank out business data in reports, and a flow that could
 * split a secret at will could go under any floor anyway. Splitting is stopped earlier, where a
 * secret could be split: the flow validator allows a credential only as the whole value of a login
 * {@code fill}, and the robot masks whole copies in every value it reads from a page ({@link
 * #maskWhole}).
 *
 * <p>Immutable and thread-safe; {@link #with} returns a new mask.
 */
public final class SecretMask {

  /** What a secret is replaced with. */
  public static final String MASK = "******";

  /** Shorter secrets are not masked: masking "12" everywhere would destroy every report. */
  public static final int MIN_LENGTH = 3;

  /** Pieces shorter than this are left alone (and pieces shorter than half the secret). */
  public static final int MIN_PIECE = 6;

  private static final SecretMask NONE = new SecretMask(List.of(), List.of());

  private final List<String> secrets;
  private final List<Form> forms;

  private SecretMask(List<String> secrets, List<Form> forms) {
    this.secrets = secrets;
    this.forms = forms;
  }

  /** A mask that hides nothing. */
  public static SecretMask none() {
    return NONE;
  }

  /** A mask for these secrets (nulls and secrets shorter than {@link #MIN_LENGTH} are ignored). */
  public static SecretMask of(Collection<String> secrets) {
    return NONE.with(secrets);
  }

  /** This mask plus one more secret. */
  public SecretMask with(String secret) {
    return with(secret == null ? List.of() : List.of(secret));
  }

  /** This mask plus more secrets; this one when none of them is new. */
  public SecretMask with(Collection<String> more) {
    Set<String> all = new LinkedHashSet<>(secrets);
    for (String s : more) {
      if (s != null && s.length() >= MIN_LENGTH) {
        all.add(s);
      }
    }
    if (all.size() == secrets.size()) {
      return this;
    }
    Map<String, Form> unique = new LinkedHashMap<>();
    forms.forEach(f -> unique.putIfAbsent(f.key(), f));
    for (String s : all) {
      if (!secrets.contains(s)) {
        SecretForms.of(s).forEach(f -> unique.putIfAbsent(f.key(), f));
      }
    }
    return new SecretMask(List.copyOf(all), List.copyOf(unique.values()));
  }

  /** A mask that hides what both hide (without working out the forms of a secret again). */
  public SecretMask plus(SecretMask other) {
    if (other.isEmpty() || other == this) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    Set<String> all = new LinkedHashSet<>(secrets);
    all.addAll(other.secrets);
    Map<String, Form> unique = new LinkedHashMap<>();
    forms.forEach(f -> unique.putIfAbsent(f.key(), f));
    other.forms.forEach(f -> unique.putIfAbsent(f.key(), f));
    return new SecretMask(List.copyOf(all), List.copyOf(unique.values()));
  }

  /** True when there is nothing to hide. */
  public boolean isEmpty() {
    return secrets.isEmpty();
  }

  /**
   * The text with every copy of a secret, and every long piece of one, replaced by {@link #MASK}.
   */
  public String mask(String text) {
    return mask(text, true);
  }

  /**
   * The text with every whole copy of a secret (any case, reversed, encoded) replaced, pieces left
   * alone: for values a flow reads from a page, where a false positive would change business data.
   */
  public String maskWhole(String text) {
    return mask(text, false);
  }

  /** {@link #mask(String)} applied to every text, key and value of a tree of maps and lists. */
  public Object maskTree(Object value) {
    return tree(value, true);
  }

  /**
   * {@link #maskWhole(String)} applied to every text, key and value of a tree of maps and lists.
   */
  public Object maskWholeTree(Object value) {
    return tree(value, false);
  }

  /** Whether the text is (exactly, in any case or encoding) one of the secrets. */
  public boolean isSecret(String text) {
    if (text == null || text.length() < MIN_LENGTH) {
      return false;
    }
    String lower = SecretForms.lowerChars(text);
    for (Form f : forms) {
      if (!f.piece() && (f.ignoreCase() ? lower : text).equals(f.text())) {
        return true;
      }
    }
    return false;
  }

  private Object tree(Object value, boolean pieces) {
    if (value instanceof String s) {
      return mask(s, pieces);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(tree(k, pieces), tree(v, pieces)));
      return out;
    }
    if (value instanceof Collection<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(tree(v, pieces)));
      return out;
    }
    return value;
  }

  private String mask(String text, boolean pieces) {
    if (text == null || text.length() < MIN_LENGTH || forms.isEmpty()) {
      return text;
    }
    String lower = null;
    BitSet hidden = null;
    for (Form f : forms) {
      if (f.piece() && !pieces || f.text().length() > text.length()) {
        continue;
      }
      String hay = text;
      if (f.ignoreCase()) {
        lower = lower == null ? SecretForms.lowerChars(text) : lower;
        hay = lower;
      }
      for (int at = hay.indexOf(f.text()); at >= 0; at = hay.indexOf(f.text(), at + 1)) {
        hidden = hidden == null ? new BitSet(text.length()) : hidden;
        hidden.set(at, at + f.text().length());
      }
    }
    if (hidden == null) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (hidden.get(i)) {
        out.append(MASK);
        i = hidden.nextClearBit(i);
      } else {
        int next = hidden.nextSetBit(i);
        int end = next < 0 ? text.length() : next;
        out.append(text, i, end);
        i = end;
      }
    }
    return out.toString();
  }

  /**
   * One form a secret takes in text.
   *
   * @param text the form (lower-cased char by char when {@code ignoreCase})
   * @param ignoreCase whether it matches in any letter case
   * @param piece whether it is only a piece of the secret (left alone by {@link #maskWhole})
   */
  record Form(String text, boolean ignoreCase, boolean piece) {
    String key() {
      return (ignoreCase ? "i" : "c") + (piece ? "p" : "w") + text;
    }
  }
}
