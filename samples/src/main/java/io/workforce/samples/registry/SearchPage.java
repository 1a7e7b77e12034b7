package io.workforce.samples.registry;

import static io.workforce.samples.web.Html.esc;
import static io.workforce.samples.web.Html.selected;

import io.workforce.samples.data.Company;
import io.workforce.samples.data.Division;
import io.workforce.samples.data.Divisions;
import java.util.List;

/**
 * The search form and its result table, paginated by posting the form again with a hidden page
 * number.
 */
final class SearchPage {

  private SearchPage() {}

  static String render(SearchQuery q, List<Company> hits, String problem) {
    StringBuilder body = new StringBuilder("<body><div class=\"location\">当前位置：企业登记信息查询</div>\n");
    body.append(form(q));
    if (problem != null) {
      body.append("<p class=\"error\" id=\"errorMsg\">").append(esc(problem)).append("</p>");
    } else if (hits != null) {
      body.append(results(hits, q.page()));
    }
    body.append(SCRIPT).append("</body>");
    return Layout.page("企业登记信息查询", body.toString());
  }

  private static String form(SearchQuery q) {
    StringBuilder districts = new StringBuilder("<option value=\"\">--全部--</option>");
    for (Division d : Divisions.table().childrenOf(Divisions.REGISTRY_CITY)) {
      districts
          .append("<option value=\"")
          .append(d.code())
          .append('"')
          .append(selected(d.code(), q.district()))
          .append('>')
          .append(esc(d.name()))
          .append("</option>");
    }
    return """
        <form name="queryForm" method="post" action="search.do">
        <input type="hidden" name="pageNo" value="%d">
        <table class="form" cellspacing="1" style="margin:8px">
          <tr><td class="label">成立日期：</td>
              <td><input type="text" name="clrqStart" id="clrqStart" value="%s" size="12"> 至
                  <input type="text" name="clrqEnd" id="clrqEnd" value="%s" size="12">
                  <span style="color:#888">(格式：yyyy-MM-dd)</span></td></tr>
          <tr><td class="label">所属区县：</td><td><select name="ssqx" id="ssqx">%s</select></td></tr>
          <tr><td class="label">企业名称/信用代码：</td><td><input type="text" name="qymc" id="qymc" value="%s" size="36"></td></tr>
          <tr><td colspan="2" align="center"><input type="button" class="btn" value="查 询" onclick="doQuery()">
              <input type="button" class="btn" value="重 置" onclick="resetForm()"></td></tr>
        </table>
        </form>
        """
        .formatted(q.page(), esc(q.from()), esc(q.to()), districts, esc(q.keyword()));
  }

  private static String results(List<Company> hits, int requestedPage) {
    int pages = SearchQuery.pages(hits.size());
    int page = Math.min(requestedPage, pages);
    StringBuilder sb = new StringBuilder();
    sb.append("<div style=\"margin:0 8px\">查询结果：共 <b id=\"totalCount\">")
        .append(hits.size())
        .append("</b> 条记录</div>");
    sb.append(
        "<table class=\"list\" id=\"resultTable\" cellspacing=\"1\" style=\"margin:4px 8px;width:auto\">");
    sb.append(
        "<tr><th width=\"40\">序号</th><th width=\"150\">统一社会信用代码</th><th width=\"260\">企业名称</th>"
            + "<th width=\"80\">法定代表人</th><th width=\"90\">成立日期</th><th width=\"80\">所属区县</th>"
            + "<th width=\"50\">操作</th></tr>");
    int n = (page - 1) * SearchQuery.PAGE_SIZE;
    for (Company c : SearchQuery.page(hits, page)) {
      n++;
      sb.append("<tr")
          .append(n % 2 == 1 ? " class=\"odd\"" : "")
          .append("><td align=\"center\">")
          .append(n)
          .append("</td><td>")
          .append(esc(c.creditCode()))
          .append("</td><td>")
          .append(esc(c.name()))
          .append("</td><td>")
          .append(esc(c.legalRep().name()))
          .append("</td><td align=\"center\">")
          .append(c.establishedOn())
          .append("</td><td>")
          .append(esc(c.address().district()))
          .append("</td><td align=\"center\"><a href=\"javascript:void(0)\" onclick=\"openDetail('")
          .append(c.id())
          .append("')\">查看</a></td></tr>");
    }
    if (hits.isEmpty()) {
      sb.append("<tr><td colspan=\"7\" align=\"center\">没有符合条件的记录</td></tr>");
    }
    sb.append("</table>");
    sb.append("<div class=\"pager\" id=\"pager\">第 <span id=\"pageNo\">")
        .append(page)
        .append("</span>/<span id=\"pageCount\">")
        .append(pages)
        .append("</span> 页 &nbsp; ");
    sb.append(pageLink("首页", 1, page > 1))
        .append(pageLink("上一页", page - 1, page > 1))
        .append(pageLink("下一页", page + 1, page < pages))
        .append(pageLink("尾页", pages, page < pages));
    sb.append("</div>");
    return sb.toString();
  }

  private static String pageLink(String label, int target, boolean enabled) {
    return enabled
        ? "<a href=\"javascript:goPage(" + target + ")\">" + label + "</a> &nbsp; "
        : "<span style=\"color:#999\">" + label + "</span> &nbsp; ";
  }

  private static final String SCRIPT =
      """
      <script type="text/javascript">
        function doQuery() { document.queryForm.pageNo.value = '1'; document.queryForm.submit(); }
        function goPage(n) { document.queryForm.pageNo.value = n; document.queryForm.submit(); }
        function resetForm() {
          var f = document.queryForm; f.clrqStart.value = ''; f.clrqEnd.value = ''; f.ssqx.selectedIndex = 0; f.qymc.value = '';
        }
        function openDetail(id) {
          window.open('detail.do?id=' + id, 'qyxq', 'width=820,height=640,scrollbars=yes,resizable=yes');
        }
      </script>
      """;
}
