package io.workforce.samples.registry;

import static io.workforce.samples.web.Html.esc;

import io.workforce.samples.data.Company;

/**
 * The pop-up with one enterprise's registration. Cell ids are pinyin initials, as the old schema
 * named its columns (qymc = 企业名称); the capital and the legal representative's ID number are images.
 */
final class DetailPage {

  private DetailPage() {}

  static String render(Company c) {
    String img = "image.do?id=" + c.id() + "&amp;type=";
    return Layout.page(
        "企业详细信息",
        """
        <body>
        <div class="location">企业登记详细信息</div>
        <table class="form" cellspacing="1" style="margin:8px;width:780px">
          <tr><td class="label">统一社会信用代码：</td><td id="tyxydm">%s</td>
              <td class="label">登记状态：</td><td id="djzt">%s</td></tr>
          <tr><td class="label">企业名称：</td><td id="qymc" colspan="3">%s</td></tr>
          <tr><td class="label">企业类型：</td><td id="qylx" colspan="3">%s</td></tr>
          <tr><td class="label">法定代表人：</td><td id="fddbr">%s</td>
              <td class="label">证件号码：</td><td><img id="fddbrzjhm" src="%sidno" alt="证件号码"></td></tr>
          <tr><td class="label">注册资本：</td><td><img id="zczb" src="%scapital" alt="注册资本"></td>
              <td class="label">成立日期：</td><td id="clrq">%s</td></tr>
          <tr><td class="label">所属区县：</td><td id="ssqx" data-code="%s">%s</td>
              <td class="label">联系电话：</td><td id="lxdh">%s</td></tr>
          <tr><td class="label">住所：</td><td id="zs" colspan="3">%s</td></tr>
          <tr><td class="label">经营范围：</td><td id="jyfw" colspan="3">%s</td></tr>
          <tr><td class="label">登记机关：</td><td id="djjg" colspan="3">%s</td></tr>
        </table>
        <p align="center"><input type="button" class="btn" value="打 印" onclick="window.print()">
           <input type="button" class="btn" value="关 闭" onclick="window.close()"></p>
        </body>"""
            .formatted(
                esc(c.creditCode()),
                esc(c.status()),
                esc(c.name()),
                esc(c.type()),
                esc(c.legalRep().name()),
                img,
                img,
                c.establishedOn(),
                c.address().districtCode(),
                esc(c.address().district()),
                esc(c.phone()),
                esc(c.address().full()),
                esc(c.scope()),
                esc(c.authority())));
  }
}
