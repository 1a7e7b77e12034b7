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
            "/arrives",
            """
            <html><head><title>稍后到达</title></head><body><p id="out">上一条</p>
            <script>
              setTimeout(() => { document.getElementById('out').textContent = '这一条';
                window.shownAt = performance.now(); }, 2200);
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
        .page(
            "/labels",
            """
            <html><head><title>标签</title></head><body>
            <div><label>姓名</label><input id="n1"></div>
            <div><span>证件号码：</span> <input id="n2"></div>
            <div>手机 <input id="n3"> 固话 <input id="n4"></div>
            <table><tr><td>联系地址</td><td><input id="n5"><input type="hidden" id="n5h"></td></tr>
              <tr><th>* 邮政编码</th><td><span><input id="n6"></span></td></tr></table>
            <div class="row"><div class="cell">所属街道</div><div class="cell"><select id="n7"><option>甲</option></select></div></div>
            <p><input type="checkbox" id="n8"><span>订阅通知</span></p>
            <label for="n9">备注</label><textarea id="n9"></textarea>
            <table><tr><td>备注</td><td><input id="n10"></td></tr></table>
            </body></html>""")
        .page(
            "/copies",
            """
            <html><head><title>表单副本</title></head><body>
            <form id="old" style="display:none"><label>申请人</label><input class="who"><button type="button">提交</button></form>
            <form id="now"><label>申请人</label><input class="who"><button type="button" onclick="document.getElementById('out').textContent = this.form.querySelector('.who').value">提交</button></form>
            <p id="out"></p>
            </body></html>""")
        .page(
            "/shadow",
            """
            <html><head><title>事项选择</title></head><body>
            <h1>一网通办</h1>
            <svc-picker id="picker"></svc-picker>
            <secret-box id="sealed"></secret-box>
            <p id="chosen"></p>
            <script>
            customElements.define('svc-picker', class extends HTMLElement {
              constructor() {
                super();
                const r = this.attachShadow({ mode: 'open' });
                r.innerHTML = `<fieldset><legend>选择事项</legend>
                  <label><input type="radio" name="svc" value="A01"> 社保卡申领</label>
                  <label><input type="radio" name="svc" value="B02"> 居住证办理</label>
                  <div><label for="memo">办理说明</label><input id="memo"></div>
                  <button id="ok">确定事项</button></fieldset>`;
                r.getElementById('ok').onclick = () => document.getElementById('chosen').textContent =
                  (r.querySelector('input[name=svc]:checked') || {}).value + ':' + r.getElementById('memo').value;
              }
            });
            customElements.define('secret-box', class extends HTMLElement {
              constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = '<button>封闭按钮</button>'; }
            });
            </script></body></html>""")
        .page("/error500", "<html><body>boom</body></html>");
  }
}
