package io.workforce.samples.portal;

import static io.workforce.samples.web.Html.esc;

import io.workforce.samples.data.Division;
import java.util.Map;

/**
 * Step 2 of a new application (办理信息), with today's front-end habits: city → district → street
 * selects whose options come from {@code fetch}, the service picker as a web component with an open
 * shadow root (radio buttons and a labelled note field, copied into hidden fields of the form), an
 * electronic-signature widget in a closed shadow root, a read-only date box whose calendar writes
 * the hidden field that is submitted, and a confirm() before submitting.
 */
final class ServicePage {

  private ServicePage() {}

  static String render(String clerk, PortalTruth truth, String applicant, String message) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<h2>窗口受理 · 新申请 <small>第 2 步 / 共 2 步：办理信息</small></h2>")
        .append("<p>申请人：")
        .append(esc(applicant))
        .append("</p>")
        .append(PortalLayout.message(message))
        .append("<form method=\"post\" action=\"/portal/apply/submit\" id=\"")
        .append(PortalLayout.id("f"))
        .append("\" onsubmit=\"return confirm('确认提交该申请？提交后不能修改。')\">")
        .append("<div class=\"row\"><span class=\"lbl\">办理城市</span><select name=\"city\" id=\"")
        .append(PortalLayout.id("s"))
        .append("\" onchange=\"loadChildren(this, 'district')\"><option value=\"\">请选择</option>");
    for (Division c : PortalTruth.cities()) {
      b.append("<option value=\"")
          .append(c.code())
          .append("\">")
          .append(esc(c.name()))
          .append("</option>");
    }
    b.append("</select></div>")
        .append("<div class=\"row\"><span class=\"lbl\">办理区县</span><select name=\"district\" id=\"")
        .append(PortalLayout.id("s"))
        .append(
            "\" onchange=\"loadChildren(this, 'street')\"><option value=\"\">请选择</option></select></div>")
        .append("<div class=\"row\"><span class=\"lbl\">办理街道</span><select name=\"street\" id=\"")
        .append(PortalLayout.id("s"))
        .append("\"><option value=\"\">请选择</option></select></div>")
        .append(
            "<div class=\"row\"><span class=\"lbl\">办理事项</span><service-picker></service-picker></div>")
        .append(
            "<input type=\"hidden\" name=\"serviceCode\"><input type=\"hidden\" name=\"serviceNote\">")
        .append("<div class=\"row\" style=\"position:relative\"><span class=\"lbl\">预约日期</span>")
        .append("<input class=\"date-show\" readonly placeholder=\"请选择日期\" id=\"")
        .append(PortalLayout.id("d"))
        .append("\" onclick=\"openCalendar(this)\"><input type=\"hidden\" name=\"appointment\">")
        .append("<div class=\"cal\" hidden></div></div>")
        .append(
            "<table class=\"grid\"><tr><td class=\"lbl\">备注</td><td><textarea name=\"remark\" id=\"")
        .append(PortalLayout.id("t"))
        .append("\"></textarea></td></tr></table>")
        .append("<div class=\"row\"><span class=\"lbl\">电子签名</span><e-sign></e-sign></div>")
        .append(
            "<div class=\"row\"><span class=\"lbl\"></span><button type=\"submit\">提交申请</button>")
        .append("</div></form>")
        .append("<script>")
        .append(script(truth.services()))
        .append("</script>");
    return PortalLayout.page("新申请 - 办理信息", clerk, b.toString());
  }

  private static String script(Map<String, String> services) {
    StringBuilder opts = new StringBuilder();
    services.forEach(
        (code, name) ->
            opts.append("<label class=\"opt\"><input type=\"radio\" name=\"svc\" value=\"")
                .append(code)
                .append("\"> ")
                .append(esc(name))
                .append("</label> "));
    return """
        function loadChildren(select, target) {
          const form = select.form;
          const child = form.elements[target];
          const reset = (s) => { s.innerHTML = '<option value="">请选择</option>'; };
          reset(child);
          if (target === 'district') reset(form.elements.street);
          if (!select.value) return;
          fetch('/api/regions?parent=' + select.value).then((r) => r.json()).then((list) => {
            for (const item of list) child.add(new Option(item.name, item.code));
          });
        }
        function openCalendar(box) {
          const cal = box.parentElement.querySelector('.cal');
          const hidden = box.form.elements.appointment;
          let month = hidden.value ? new Date(hidden.value + 'T00:00') : new Date(2027, 0, 1);
          month = new Date(month.getFullYear(), month.getMonth(), 1);
          const pad = (n) => String(n).padStart(2, '0');
          const draw = () => {
            const y = month.getFullYear(), m = month.getMonth();
            let h = '<div><button type="button" class="prev">‹</button> <span class="title">' + y + '年' + (m + 1)
              + '月</span> <button type="button" class="next">›</button></div>';
            const days = new Date(y, m + 1, 0).getDate();
            for (let d = 1; d <= days; d++) {
              const wd = new Date(y, m, d).getDay();
              const iso = y + '-' + pad(m + 1) + '-' + pad(d);
              h += '<button type="button" class="day" data-date="' + iso + '"' + (wd === 0 || wd === 6 ? ' disabled' : '')
                + '>' + d + '</button>';
            }
            cal.innerHTML = h;
            cal.querySelector('.prev').onclick = () => { month = new Date(y, m - 1, 1); draw(); };
            cal.querySelector('.next').onclick = () => { month = new Date(y, m + 1, 1); draw(); };
            cal.querySelectorAll('.day').forEach((b) => b.onclick = () => {
              const [yy, mm, dd] = b.dataset.date.split('-').map(Number);
              box.value = yy + '年' + mm + '月' + dd + '日';
              hidden.value = b.dataset.date;
              cal.hidden = true;
            });
          };
          draw();
          cal.hidden = false;
        }
        customElements.define('service-picker', class extends HTMLElement {
          connectedCallback() {
            if (this.shadowRoot) return;
            const root = this.attachShadow({ mode: 'open' });
            root.innerHTML = '<style>fieldset{border:1px solid #c6d0de;border-radius:4px}.opt{margin-right:12px}</style>'
              + '<fieldset><legend>请选择办理事项</legend>OPTIONS'
              + '<div style="margin-top:6px"><label for="note">事项说明</label> <input id="note" placeholder="选填"></div>'
              + '</fieldset>';
            const form = this.closest('form');
            const sync = () => {
              const on = root.querySelector('input[name=svc]:checked');
              form.elements.serviceCode.value = on ? on.value : '';
              form.elements.serviceNote.value = root.getElementById('note').value;
            };
            root.addEventListener('change', sync);
            root.addEventListener('input', sync);
          }
        });
        customElements.define('e-sign', class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'closed' }).innerHTML = '<button type="button">电子签名（可选）</button>';
          }
        });
        """
        .replace("OPTIONS", opts.toString().replace("'", "\\'"));
  }
}
