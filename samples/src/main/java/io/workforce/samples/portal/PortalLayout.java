package io.workforce.samples.portal;

import static io.workforce.samples.web.Html.esc;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The page frame of the portal (a 2020s provincial "一网通办" look) and its habit of giving every field
 * a new id on every load, so that only labels and names stay the same.
 */
final class PortalLayout {

  static final String TITLE = "浙江政务服务网 · 一网通办窗口受理平台";
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String CSS =
      "body{margin:0;font:14px/1.6 'PingFang SC','Noto Sans CJK SC',sans-serif;background:#f0f3f8;color:#1d2a3a}"
          + "header{background:#1f5fbf;color:#fff;padding:10px 24px;display:flex;justify-content:space-between}"
          + "header a{color:#fff}main{max-width:880px;margin:24px auto;background:#fff;padding:24px 32px;border-radius:6px}"
          + ".row{margin:10px 0;display:flex;align-items:center;gap:8px}.lbl{display:inline-block;width:110px;color:#4a5a70}"
          + "input,select,textarea{padding:5px 8px;border:1px solid #c6d0de;border-radius:3px;min-width:220px}"
          + "table.grid td{padding:6px 8px}table.grid td.lbl{width:110px}"
          + "button{padding:6px 18px;border:0;border-radius:3px;background:#1f5fbf;color:#fff;cursor:pointer}"
          + ".msg{padding:8px 12px;background:#fff4e5;border:1px solid #f0c080;margin:8px 0}"
          + ".cal{position:absolute;background:#fff;border:1px solid #c6d0de;padding:6px;z-index:10}"
          + ".cal button{min-width:34px;padding:4px;margin:1px;background:#eef3fb;color:#1d2a3a}"
          + ".cal button[disabled]{color:#bbb}table.receipt td{border:1px solid #c6d0de;padding:6px 10px}";

  private PortalLayout() {}

  /** A fresh id such as {@code f_3a9c1e}: different on every page load. */
  static String id(String prefix) {
    byte[] b = new byte[3];
    RANDOM.nextBytes(b);
    return prefix + "_" + HexFormat.of().formatHex(b);
  }

  /** A whole page; {@code clerk} null for the pages before log-in. */
  static String page(String title, String clerk, String body) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>")
        .append(esc(title))
        .append("</title><style>")
        .append(CSS)
        .append("</style></head><body><header><span>")
        .append(esc(TITLE))
        .append("</span>");
    if (clerk != null) {
      h.append("<span>当前用户：")
          .append(esc(clerk))
          .append(" | <a href=\"/portal/home\">首页</a> | <a href=\"/logout\">退出</a></span>");
    }
    h.append("</header><main>").append(body).append("</main></body></html>");
    return h.toString();
  }

  /** A message box, or nothing. */
  static String message(String text) {
    return text == null ? "" : "<div class=\"msg\" id=\"" + id("m") + "\">" + esc(text) + "</div>";
  }
}
