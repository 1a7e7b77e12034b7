package io.workforce.samples.intake;

import static io.workforce.samples.web.Html.esc;
import static io.workforce.samples.web.Html.selected;

import io.workforce.samples.data.Application;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The list of filed applications (search + GET pagination) and one application's detail page. */
final class ListPages {

  static final int PAGE_SIZE = 20;

  private ListPages() {}

  static String list(List<Application> hits, String service, String q, int requestedPage) {
    int pages = Math.max(1, (hits.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.max(1, Math.min(requestedPage, pages));
    StringBuilder sb = new StringBuilder("<h2>已受理事项</h2>");
    sb.append(
            "<form method=\"get\" action=\"/applications\" id=\"searchForm\">事项：<select name=\"service\" id=\"service\" style=\"width:160px\">")
        .append("<option value=\"\">全部</option>");
    Service.ALL.forEach(
        s ->
            sb.append("<option value=\"")
                .append(s.id())
                .append('"')
                .append(selected(s.id(), service))
                .append('>')
                .append(esc(s.name()))
                .append("</option>"));
    sb.append("</select> 关键字：<input type=\"text\" name=\"q\" id=\"q\" value=\"")
        .append(esc(q))
        .append(
            "\" placeholder=\"受理编号/名称/证件号码\"> <button type=\"submit\" class=\"btn\" id=\"searchBtn\">查询</button></form>");
    sb.append("<p>共 <span id=\"total\">").append(hits.size()).append("</span> 条</p>");
    sb.append(
        "<table class=\"grid\" id=\"applications\"><thead><tr><th>受理编号</th><th>事项</th><th>名称</th>"
            + "<th>统一社会信用代码/身份证号</th><th>受理时间</th><th>受理人</th><th>状态</th><th>操作</th></tr></thead><tbody>");
    int from = (page - 1) * PAGE_SIZE;
    for (Application a :
        hits.subList(Math.min(from, hits.size()), Math.min(from + PAGE_SIZE, hits.size()))) {
      sb.append("<tr><td class=\"receipt\">")
          .append(esc(a.receiptNo()))
          .append("</td><td>")
          .append(esc(Service.byId(a.service()).name()))
          .append("</td><td class=\"title\">")
          .append(esc(a.title()))
          .append("</td><td class=\"key\">")
          .append(esc(a.key()))
          .append("</td><td>")
          .append(a.filedAt().toString().replace('T', ' '))
          .append("</td><td>")
          .append(esc(a.filedBy()))
          .append("</td><td>已受理</td><td><a href=\"/applications/")
          .append(esc(a.receiptNo()))
          .append("\">查看</a></td></tr>");
    }
    if (hits.isEmpty()) {
      sb.append(
          "<tr><td colspan=\"8\" style=\"text-align:center\" id=\"noResult\">没有找到符合条件的申请</td></tr>");
    }
    sb.append("</tbody></table>").append(pager(service, q, page, pages));
    return sb.toString();
  }

  private static String pager(String service, String q, int page, int pages) {
    String base = "/applications?service=" + enc(service) + "&amp;q=" + enc(q) + "&amp;page=";
    StringBuilder sb =
        new StringBuilder("<p class=\"pager\" id=\"pager\">第 ")
            .append(page)
            .append(" / ")
            .append(pages)
            .append(" 页 ");
    sb.append(
        page > 1
            ? "<a href=\"" + base + (page - 1) + "\" id=\"prevPage\">上一页</a>"
            : "<span>上一页</span>");
    sb.append(
        page < pages
            ? "<a href=\"" + base + (page + 1) + "\" id=\"nextPage\">下一页</a>"
            : "<span>下一页</span>");
    return sb.append("</p>").toString();
  }

  static String detail(Application a) {
    Service service = Service.byId(a.service());
    StringBuilder sb = new StringBuilder("<h2>申请详情</h2><table class=\"grid\" id=\"detail\">");
    row(sb, "receiptNo", "受理编号", a.receiptNo());
    row(sb, "service", "事项", service.name());
    row(sb, "filedAt", "受理时间", a.filedAt().toString().replace('T', ' '));
    row(sb, "filedBy", "受理人", a.filedBy());
    for (Map.Entry<String, String> e : WizardPages.displayValues(service, a.fields()).entrySet()) {
      row(sb, e.getKey(), service.label(e.getKey()), e.getValue());
    }
    return sb.append("</table><p><a href=\"/applications\">返回列表</a></p>").toString();
  }

  private static void row(StringBuilder sb, String id, String label, String value) {
    sb.append("<tr><th style=\"width:200px\">")
        .append(esc(label))
        .append("</th><td id=\"f-")
        .append(id)
        .append("\">")
        .append(esc(value))
        .append("</td></tr>");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
