package io.workforce.runtime.engine;

import io.workforce.testkit.FixtureServer;

/**
 * Fixture pages of every-step.yaml: a login, a form with every kind of control, tables, a counter,
 * an API.
 */
final class StepFixtures {

  private static final String GUARD =
      "<script>if (!document.cookie.includes('auth=')) location = '/login';</script>";

  private StepFixtures() {}

  static FixtureServer start() {
    return FixtureServer.start()
        .page(
            "/login",
            "<html><head><title>登录</title></head><body><input id='user'>"
                + "<button id='go' onclick=\"document.cookie = 'auth=' + document.getElementById('user').value + '; path=/';"
                + " location = '/home'\">登录</button></body></html>")
        .page("/home", "<html><body>" + GUARD + "<p id='welcome'>欢迎</p></body></html>")
        .page(
            "/form",
            "<html><head><title>表单</title></head><body>"
                + GUARD
                + """
            <input id="name">
            <select id="kind"><option value="a">有限责任公司</option><option value="b">股份有限公司</option></select>
            <select id="size"><option>小</option><option>中</option><option>大</option></select>
            <input type="checkbox" id="agree"><input type="checkbox" id="news" checked>
            <div id="menu" onmouseover="if (!document.getElementById('hovered')) { const p = document.createElement('p');
              p.id = 'hovered'; p.textContent = '菜单展开'; document.body.appendChild(p); }">业务办理</div>
            <input id="q" onkeydown="if (event.key === 'Enter') document.getElementById('pressed').textContent = '已回车'">
            <p id="pressed"></p>
            <button id="save" onclick="document.getElementById('out').textContent = confirm('确定保存?') ? '已保存 编号42' : '未保存 编号42'">保存</button>
            <p id="out"></p>
            <iframe id="box" src="/inner"></iframe>
            <a href="/detail" target="_blank">打开详情</a>
            <input type="file" id="up" onchange="document.getElementById('names').textContent = Array.from(this.files).map(f => f.name).join(',')">
            <p id="names"></p>
            <a id="dl" href="/data.csv" download="data.csv">下载</a>
            </body></html>""")
        .page("/inner", "<html><body><p id='inner'>框架内容</p></body></html>")
        .page(
            "/detail",
            "<html><head><title>详情</title></head><body><p id='title'>企业详情页</p></body></html>")
        .page("/data.csv", "编号,金额\n1,10.5\n2,20\n")
        .page(
            "/table1",
            "<html><body>"
                + GUARD
                + "<table id='t'><tr><th>编号</th><th>金额</th></tr>"
                + "<tr><td>1</td><td>1,000.50</td></tr><tr><td>2</td><td>2</td></tr></table>"
                + "<a id='next' href='/table2'>下一页</a></body></html>")
        .page(
            "/table2",
            "<html><body>"
                + GUARD
                + "<table id='t'><tr><th>编号</th><th>金额</th></tr>"
                + "<tr><td>3</td><td>3</td></tr><tr><td>4</td><td>4</td></tr></table></body></html>")
        .page(
            "/counter",
            "<html><body>"
                + GUARD
                + "<script>let n = 0;</script>"
                + "<button id='refresh' onclick=\"n++; document.getElementById('status').textContent = n >= 3 ? '已完成' : '处理中'\">刷新</button>"
                + "<p id='status'>处理中</p></body></html>")
        .page("/api/info", "{\"code\": \"A1\", \"count\": 2}")
        .page(
            "/code",
            "<html><body>"
                + GUARD
                + "<script>document.write('<p id=\"label\">标签-'"
                + " + new URLSearchParams(location.search).get('c') + '</p>')</script></body></html>")
        .page(
            "/ocr",
            "<html><body style='background:#fff'><p id='big' style='font: 48px sans-serif; color: #000;"
                + " display: inline-block; padding: 8px'>HELLO 2024</p></body></html>");
  }
}
