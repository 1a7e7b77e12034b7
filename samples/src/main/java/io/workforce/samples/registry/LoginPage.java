package io.workforce.samples.registry;

import static io.workforce.samples.web.Html.esc;

/**
 * The registry's login page: a hidden CSRF token, and frame-busting so that a timeout inside a
 * frame shows it full-size.
 */
final class LoginPage {

  private LoginPage() {}

  static String render(String token, String message, String username) {
    String msg =
        message == null
            ? ""
            : "<tr><td colspan=\"2\" class=\"error\" id=\"errorMsg\">"
                + esc(message)
                + "</td></tr>";
    return Layout.page(
        Layout.TITLE + " - 用户登录",
        """
        <body style="background:#eef3fa">
        <script type="text/javascript">
          if (window.top != window.self) { window.top.location.href = 'login.jsp?timeout=1'; }
          function checkForm(f) {
            if (f.userName.value == '') { alert('请输入用户名！'); f.userName.focus(); return false; }
            if (f.password.value == '') { alert('请输入密码！'); f.password.focus(); return false; }
            return true;
          }
        </script>
        <div class="banner"><h1>%s</h1></div>
        <form name="loginForm" method="post" action="login.do" onsubmit="return checkForm(this)">
        <input type="hidden" name="token" value="%s">
        <table class="form" align="center" cellspacing="1" style="margin-top:80px;width:380px">
          <tr><td colspan="2" style="background:#cfe0f3;font-weight:bold;text-align:center">用户登录</td></tr>
          %s
          <tr><td class="label">用户名：</td><td><input type="text" name="userName" id="userName" value="%s" size="20"></td></tr>
          <tr><td class="label">密&nbsp;&nbsp;码：</td><td><input type="password" name="password" id="password" size="20"></td></tr>
          <tr><td colspan="2" align="center"><input type="submit" class="btn" value="登 录">
              <input type="reset" class="btn" value="重 置"></td></tr>
        </table>
        </form>
        <p align="center" style="color:#888">建议使用 IE 6.0 以上浏览器，分辨率 1024×768</p>
        </body>"""
            .formatted(Layout.TITLE, esc(token), msg, esc(username)));
  }
}
