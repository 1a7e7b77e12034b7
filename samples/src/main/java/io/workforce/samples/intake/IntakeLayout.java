package io.workforce.samples.intake;

import static io.workforce.samples.web.Html.esc;

/** The intake system's page chrome (a 2014-style government portal) and its scripts. */
final class IntakeLayout {

  static final String TITLE = "政务服务受理系统";

  private static final String STYLE =
      """
      <style>
      body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 14px; background: #f2f4f7; color: #333; }
      .header { background: #c8161d; color: #fff; padding: 0 24px; height: 56px; line-height: 56px; }
      .header h1 { display: inline; font-size: 20px; margin: 0; }
      .header .user { float: right; font-size: 13px; }
      .header a { color: #fff; }
      .nav { background: #fff; border-bottom: 1px solid #ddd; padding: 0 24px; }
      .nav a { display: inline-block; padding: 10px 14px; color: #333; text-decoration: none; }
      .nav a.active { color: #c8161d; border-bottom: 2px solid #c8161d; }
      .main { margin: 20px auto; width: 960px; background: #fff; padding: 20px 28px; border: 1px solid #e3e3e3; }
      .steps { margin-bottom: 18px; }
      .steps span { display: inline-block; padding: 6px 18px; background: #eee; color: #888; margin-right: 4px; }
      .steps span.current { background: #c8161d; color: #fff; }
      .steps span.done { background: #f6d5d6; color: #c8161d; }
      table.form-table td { padding: 6px 8px; }
      table.form-table td.label { width: 170px; text-align: right; color: #555; }
      .req { color: #c8161d; }
      input[type=text], select { padding: 4px 6px; border: 1px solid #bbb; width: 260px; }
      input[readonly] { background: #fafafa; cursor: pointer; }
      .field-error { color: #c8161d; font-size: 12px; margin-left: 8px; }
      .alert { background: #fdecea; border: 1px solid #f5c2c0; color: #a12622; padding: 8px 14px; margin-bottom: 14px; }
      .ok { background: #e9f7ef; border: 1px solid #b7e1c7; color: #1e6b3a; padding: 16px; }
      .receipt-no { font-size: 22px; font-weight: bold; letter-spacing: 1px; }
      .btn { padding: 6px 20px; border: 1px solid #c8161d; background: #c8161d; color: #fff; cursor: pointer; }
      .btn-plain { padding: 6px 20px; border: 1px solid #bbb; background: #fff; color: #333; cursor: pointer; }
      table.grid { border-collapse: collapse; width: 100%; }
      table.grid th, table.grid td { border: 1px solid #ddd; padding: 6px 8px; text-align: left; }
      table.grid th { background: #f7f7f7; }
      #datepicker { position: absolute; display: none; background: #fff; border: 1px solid #aaa; padding: 6px;
                    box-shadow: 0 2px 8px rgba(0,0,0,.2); z-index: 10; }
      #datepicker select { width: auto; }
      #datepicker td.dp-day { cursor: pointer; text-align: center; padding: 3px 6px; }
      #datepicker td.dp-day:hover { background: #c8161d; color: #fff; }
      .pager a, .pager span { margin: 0 4px; }
      </style>""";

  private IntakeLayout() {}

  /** A page with header and navigation; {@code active} is the nav entry to highlight. */
  static String page(String title, String user, String active, String content) {
    StringBuilder nav = new StringBuilder();
    String[][] items = {
      {"home", "/home", "首页"},
      {"company", "/apply/company/step1", "新设企业信息采集"},
      {"subsidy", "/apply/subsidy/step1", "育儿补贴申领"},
      {"list", "/applications", "已受理事项"}
    };
    for (String[] item : items) {
      nav.append("<a href=\"")
          .append(item[1])
          .append('"')
          .append(item[0].equals(active) ? " class=\"active\"" : "")
          .append('>')
          .append(item[2])
          .append("</a>");
    }
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>"
        + esc(title)
        + " - "
        + TITLE
        + "</title>\n"
        + STYLE
        + "\n</head>\n<body>\n<div class=\"header\"><h1>"
        + TITLE
        + "</h1>"
        + "<span class=\"user\">受理人员：<span id=\"currentUser\">"
        + esc(user)
        + "</span> | <a href=\"/logout\">退出</a></span></div>\n"
        + "<div class=\"nav\">"
        + nav
        + "</div>\n<div class=\"main\">\n"
        + content
        + "\n</div>\n</body>\n</html>\n";
  }

  static String loginPage(String message) {
    String alert =
        message == null ? "" : "<div class=\"alert\" id=\"errorMsg\">" + esc(message) + "</div>";
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>登录 - "
        + TITLE
        + "</title>\n"
        + STYLE
        + "\n</head>\n<body>\n<div class=\"header\"><h1>"
        + TITLE
        + "</h1></div>\n"
        + "<div class=\"main\" style=\"width:420px\"><h2>工作人员登录</h2>"
        + alert
        + "<form method=\"post\" action=\"/login\"><table class=\"form-table\">"
        + "<tr><td class=\"label\">账号</td><td><input type=\"text\" name=\"username\" id=\"username\" style=\"width:200px\"></td></tr>"
        + "<tr><td class=\"label\">密码</td><td><input type=\"password\" name=\"password\" id=\"password\" style=\"width:200px;padding:4px 6px;border:1px solid #bbb\"></td></tr>"
        + "<tr><td></td><td><button type=\"submit\" class=\"btn\" id=\"loginBtn\">登录</button></td></tr>"
        + "</table></form></div>\n</body>\n</html>\n";
  }

  /**
   * The cascade: choosing a province loads its cities, a city its districts, each by an AJAX
   * request to {@code /api/regions?parent=CODE} — so a robot must wait for the options before it
   * can choose.
   */
  static final String REGION_SCRIPT =
      """
      <script>
      function loadRegions(parent, select, placeholder) {
        select.innerHTML = '<option value="">' + placeholder + '</option>';
        if (!parent) return;
        select.disabled = true;
        var xhr = new XMLHttpRequest();
        xhr.open('GET', '/api/regions?parent=' + encodeURIComponent(parent));
        xhr.onload = function () {
          if (xhr.status === 200) {
            JSON.parse(xhr.responseText).forEach(function (r) {
              var o = document.createElement('option'); o.value = r.code; o.text = r.name; select.appendChild(o);
            });
          } else {
            alert('加载行政区划失败，请重新选择（' + xhr.status + '）');
          }
          select.disabled = false;
        };
        xhr.send();
      }
      function onProvince() {
        loadRegions(document.getElementById('province').value, document.getElementById('city'), '请选择城市');
        document.getElementById('district').innerHTML = '<option value="">请选择区县</option>';
      }
      function onCity() {
        loadRegions(document.getElementById('city').value, document.getElementById('district'), '请选择区县');
      }
      </script>
      """;

  /**
   * A small date picker (the field itself is read-only): a year and a month select and a table of
   * days, each day cell carrying {@code data-date="yyyy-MM-dd"}.
   */
  static String datePickerScript(int firstYear, int lastYear) {
    return """
        <div id="datepicker"><div><select class="dp-year" onchange="dpDraw()"></select>
        <select class="dp-month" onchange="dpDraw()"></select>
        <a href="javascript:void(0)" onclick="dpClose()" style="float:right">关闭</a></div>
        <table class="dp-days"></table></div>
        <script>
        var dpTarget = null;
        (function () {
          var ys = document.querySelector('#datepicker .dp-year'), ms = document.querySelector('#datepicker .dp-month');
          for (var y = %d; y >= %d; y--) { var o = document.createElement('option'); o.value = y; o.text = y + '年'; ys.appendChild(o); }
          for (var m = 1; m <= 12; m++) { var o = document.createElement('option'); o.value = m; o.text = m + '月'; ms.appendChild(o); }
        })();
        function pad(n) { return n < 10 ? '0' + n : '' + n; }
        function dpOpen(input) {
          dpTarget = input;
          var p = document.getElementById('datepicker'), r = input.getBoundingClientRect();
          var d = input.value ? input.value.split('-') : null;
          if (d) { p.querySelector('.dp-year').value = +d[0]; p.querySelector('.dp-month').value = +d[1]; }
          p.style.left = (r.left + window.scrollX) + 'px'; p.style.top = (r.bottom + window.scrollY + 2) + 'px';
          p.style.display = 'block'; dpDraw();
        }
        function dpClose() { document.getElementById('datepicker').style.display = 'none'; }
        function dpDraw() {
          var p = document.getElementById('datepicker');
          var y = +p.querySelector('.dp-year').value, m = +p.querySelector('.dp-month').value;
          var first = new Date(y, m - 1, 1).getDay(), days = new Date(y, m, 0).getDate();
          var html = '<tr><th>日</th><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th></tr><tr>';
          for (var i = 0; i < first; i++) html += '<td></td>';
          for (var d = 1; d <= days; d++) {
            var iso = y + '-' + pad(m) + '-' + pad(d);
            html += '<td class="dp-day" data-date="' + iso + '" onclick="dpPick(\\'' + iso + '\\')">' + d + '</td>';
            if ((first + d) %% 7 === 0) html += '</tr><tr>';
          }
          p.querySelector('.dp-days').innerHTML = html + '</tr>';
        }
        function dpPick(iso) { dpTarget.value = iso; dpClose(); }
        </script>
        """
        .formatted(lastYear, firstYear);
  }
}
