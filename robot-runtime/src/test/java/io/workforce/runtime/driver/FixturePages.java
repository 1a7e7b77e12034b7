package io.workforce.runtime.driver;

import io.workforce.testkit.FixtureServer;
import java.nio.charset.Charset;

/** The fixture pages every driver is tested on: the quirks of old systems, one page each. */
final class FixturePages {

  private FixturePages() {}

  static FixtureServer start() {
    return FixtureServer.start()
        .page(
            "/form",
            """
            <html><head><title>登记表</title></head><body>
            <h1>企业登记</h1>
            <form action="/done">
              <label for="name">企业名称</label><input id="name" name="name">
              <label>注册资本 <input id="capital" name="capital"></label>
              <select id="kind" name="kind"><option value="a">有限责任公司</option><option value="b">股份有限公司</option></select>
              <input type="checkbox" id="agree" name="agree">
              <input type="submit" value="提交">
            </form>
            <button id="b1">保存</button><button id="b2">保存草稿</button>
            <p class="dup">一</p><p class="dup">二</p>
            </body></html>""")
        .page(
            "/done",
            """
            <html><head><title>受理成功</title></head><body><p id="out"></p>
            <script>document.getElementById('out').textContent = decodeURIComponent(location.search.substring(1).replace(/\\+/g, ' '));</script>
            </body></html>""")
        .page(
            "/late",
            """
            <html><head><title>慢页面</title></head><body>
            <button id="go" disabled onclick="document.getElementById('out').textContent='点到了'">确定</button>
            <p id="out"></p><div id="box"></div>
            <script>
              setTimeout(() => document.getElementById('go').disabled = false, 400);
              setTimeout(() => { const b = document.createElement('button'); b.id = 'later'; b.textContent = '后来的按钮';
                b.onclick = () => document.getElementById('out').textContent = '后来点到了'; document.getElementById('box').appendChild(b); }, 500);
              setTimeout(() => document.getElementById('box').style.display = 'none', 1500);
            </script></body></html>""")
        .page(
            "/dialogs",
            """
            <html><head><title>对话框</title></head><body>
            <button id="alert" onclick="alert('已保存'); document.getElementById('out').textContent='alert done'">提示</button>
            <button id="confirm" onclick="document.getElementById('out').textContent = confirm('确定删除?') ? 'yes' : 'no'">删除</button>
            <button id="prompt" onclick="document.getElementById('out').textContent = prompt('原因?')">原因</button>
            <p id="out"></p></body></html>""")
        .page(
            "/frames",
            """
            <html><head><title>框架</title></head><body><p id="where">top</p>
            <iframe id="outer" src="/frame-outer"></iframe></body></html>""")
        .page(
            "/frame-outer",
            """
            <html><body><p id="where">outer</p><iframe id="inner" src="/frame-inner"></iframe></body></html>""")
        .page(
            "/frame-inner",
            """
            <html><body><p id="where">inner</p><input id="q"><button onclick="document.getElementById('where').textContent='inner:'+document.getElementById('q').value">查询</button></body></html>""")
        .page(
            "/popup",
            """
            <html><head><title>主窗口</title></head><body>
            <a id="open" href="/popup-child" target="_blank">打开详情</a>
            <button id="js" onclick="window.open('/popup-child?js', 'detail', 'width=400')">弹出</button>
            </body></html>""")
        .page(
            "/popup-child",
            """
            <html><head><title>详情窗口</title></head><body><p id="detail">详情内容</p></body></html>""")
        .page(
            "/files",
            """
            <html><head><title>文件</title></head><body>
            <a id="dl" href="/report.txt" download="report.txt">下载报表</a>
            <input type="file" id="up" multiple style="display:none" onchange="document.getElementById('names').textContent = Array.from(this.files).map(f => f.name).join(',')">
            <p id="names"></p></body></html>""")
        .page("/report.txt", "编号,名称\n1,甲\n")
        .page(
            "/roles",
            """
            <html><head><title>角色</title></head><body>
            <h2>查询条件</h2>
            <input id="code" aria-label="统一社会信用代码">
            <input id="hidden-btn" type="button" value="查询" style="display:none">
            <input id="query" type="button" value="查询">
            <a href="#x" id="link">查看详情</a>
            <table><tr><td>代码</td><td id="c2">91310000</td></tr></table>
            </body></html>""")
        .page(
            "/gbk",
            """
            <html><head><meta charset="GBK"><title>旧系统 GBK 页面</title></head><body>
            <input id="addr"><button onclick="document.getElementById('echo').textContent = document.getElementById('addr').value">回显</button>
            <p id="echo"></p><p id="fixed">中华人民共和国</p></body></html>""",
            Charset.forName("GBK"))
        .page("/error500", "<html><body>boom</body></html>");
  }
}
