package io.workforce.samples.portal;

import static io.workforce.samples.web.Html.esc;

/** The log-in page: user name, password and an image verification code, labels beside fields. */
final class LoginPage {

  private LoginPage() {}

  static String render(String message, String captchaToken) {
    return PortalLayout.page(
        "登录 - " + PortalLayout.TITLE,
        null,
        "<h2>工作人员登录</h2>"
            + PortalLayout.message(message)
            + "<form method=\"post\" action=\"/login\" id=\""
            + PortalLayout.id("lf")
            + "\">"
            + "<div class=\"row\"><span class=\"lbl\">用户名</span><input name=\"username\" id=\""
            + PortalLayout.id("u")
            + "\" autocomplete=\"off\"></div>"
            + "<div class=\"row\"><span class=\"lbl\">密码</span><input type=\"password\" name=\"password\""
            + " id=\""
            + PortalLayout.id("p")
            + "\"></div>"
            + "<div class=\"row\"><span class=\"lbl\">验证码</span><input name=\"captcha\" maxlength=\"4\""
            + " id=\""
            + PortalLayout.id("c")
            + "\"><img id=\"captchaImg\" alt=\"验证码\" width=\""
            + Captcha.WIDTH
            + "\" height=\""
            + Captcha.HEIGHT
            + "\" src=\"/captcha.png?t="
            + esc(captchaToken)
            + "\"></div>"
            + "<input type=\"hidden\" name=\"captchaToken\" value=\""
            + esc(captchaToken)
            + "\"><div class=\"row\"><span class=\"lbl\"></span><button type=\"submit\">登 录</button>"
            + "</div></form>");
  }
}
