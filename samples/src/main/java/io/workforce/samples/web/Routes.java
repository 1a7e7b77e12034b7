package io.workforce.samples.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exact-path routes per method, plus prefix routes (for paths with an id in them). The first prefix
 * that matches wins, in the order added.
 */
public final class Routes {

  private final Map<String, Handler> exact = new LinkedHashMap<>();
  private final Map<String, Handler> prefixes = new LinkedHashMap<>();

  public Routes get(String path, Handler handler) {
    exact.put("GET " + path, handler);
    return this;
  }

  public Routes post(String path, Handler handler) {
    exact.put("POST " + path, handler);
    return this;
  }

  /** GET and POST on the same path (old apps did not care which). */
  public Routes any(String path, Handler handler) {
    return get(path, handler).post(path, handler);
  }

  /** Any method on every path that starts with {@code prefix}. */
  public Routes prefix(String prefix, Handler handler) {
    prefixes.put(prefix, handler);
    return this;
  }

  /** The handler for a request, or null. */
  Handler find(String method, String path) {
    Handler h = exact.get(method + " " + path);
    if (h != null) {
      return h;
    }
    for (var e : prefixes.entrySet()) {
      if (path.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }
}
