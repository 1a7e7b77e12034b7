package io.workforce.ocr.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lines of user-interface text as legacy government systems show them, deterministic by seed:
 * labels with values (company names, people, addresses, dates, numbers), menus, table headers,
 * status messages.
 */
public final class UiText {

  private static final String[] SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤"
          .split("");
  private static final String[] GIVEN =
      "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳峰建国志文晨博芳娜敏静丽艳娟霞秀玲英燕萍红洁琳雪婷颖倩欣悦怡涵诗雨梦佳思".split("");
  private static final String[] CITIES = {
    "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "台州", "北京", "上海", "南京", "苏州"
  };
  private static final String[] DISTRICTS = {
    "西湖区", "上城区", "拱墅区", "滨江区", "萧山区", "余杭区", "鄞州区", "海曙区", "朝阳区", "浦东新区"
  };
  private static final String[] TRADES = "博华信达恒瑞泰诚鑫宏锦盛智云联创嘉景易天远启德和安星晨源卓越弘润明海新睿祥".split("");
  private static final String[] INDUSTRIES = {
    "科技", "网络科技", "信息技术", "电子商务", "贸易", "餐饮管理", "建筑工程", "文化传媒", "教育科技", "医疗器械", "物业管理", "供应链管理",
    "生物科技", "广告", "企业管理咨询", "环保科技", "食品"
  };
  private static final String[] ROADS = {
    "文一路", "文三路", "莫干山路", "天目山路", "古墩路", "教工路", "学院路", "江南大道", "滨盛路", "长河路", "人民路", "解放路", "建设路",
    "中山路", "和平路", "延安路", "环城北路", "庆春路", "凤起路", "体育场路"
  };
  private static final String[] LABELS = {
    "企业名称",
    "统一社会信用代码",
    "注册资本",
    "法定代表人",
    "成立日期",
    "登记机关",
    "经营状态",
    "住所",
    "联系电话",
    "申请人",
    "经办人",
    "受理编号",
    "办理状态",
    "审核意见",
    "提交时间",
    "企业类型",
    "营业期限"
  };
  private static final String[] STATUS = {
    "存续（在营、开业、在册）", "注销", "吊销，未注销", "迁出", "审核通过", "待审核", "已驳回", "已受理", "办理中", "已办结", "退回补正"
  };
  private static final String[] MESSAGES = {
    "您的申请已提交，请耐心等待审核。",
    "登录超时，请重新登录。",
    "数据加载中，请稍候……",
    "操作成功！",
    "确定要删除该记录吗？",
    "请输入正确的统一社会信用代码",
    "本系统仅供内部办公使用",
    "查询条件不能为空",
    "该企业已存在未办结的业务",
    "请上传营业执照扫描件",
    "密码错误，您还可以尝试2次",
    "打印受理通知书",
    "导出Excel表格",
    "返回上一级",
    "保存并提交",
    "重置查询条件",
    "高级搜索",
    "系统维护通知"
  };
  private static final String[] MENU = {
    "首页", "企业登记", "变更登记", "注销登记", "年报公示", "统计查询", "系统管理", "待办事项", "已办事项", "通知公告", "个人设置", "退出系统"
  };
  private static final String[] TYPES = {
    "有限责任公司（自然人投资或控股）", "股份有限公司（非上市）", "个人独资企业", "有限责任公司（国有独资）"
  };

  private static final String[] EN_WORDS = {
    "Company name",
    "Registered capital",
    "Legal representative",
    "Date of establishment",
    "Registration authority",
    "Business status",
    "Address",
    "Phone",
    "Applicant",
    "Handled by",
    "Application number",
    "Status",
    "Review comments",
    "Submitted at",
    "Search",
    "Export",
    "Print",
    "Save and submit",
    "Cancel",
    "Reset",
    "Advanced search",
    "Next page",
    "Previous page",
    "Log out",
    "Settings",
    "Notifications",
    "Pending tasks"
  };
  private static final String[] EN_MESSAGES = {
    "Your application has been submitted.",
    "Your session has expired. Please log in again.",
    "Loading data, please wait...",
    "The record was saved successfully.",
    "Are you sure you want to delete this record?",
    "Please enter a valid credit code.",
    "For internal use only.",
    "The search criteria must not be empty.",
    "This company already has an open case.",
    "Please upload a scan of the business licence.",
    "Wrong password: 2 attempts left.",
    "Print the acceptance notice",
    "Back to the previous page"
  };
  private static final String[] EN_NAMES = {
    "Zhang Wei",
    "Wang Fang",
    "Li Na",
    "Liu Yang",
    "Chen Jie",
    "Huang Lei",
    "Zhao Min",
    "Wu Tao",
    "Zhou Jing",
    "Xu Qiang",
    "Sun Li",
    "Ma Jun",
    "Zhu Hong",
    "Hu Bin",
    "Guo Ping",
    "Lin Xia"
  };
  private static final String[] EN_STATUS = {
    "Active",
    "Deregistered",
    "Revoked",
    "Approved",
    "Pending review",
    "Rejected",
    "Accepted",
    "In progress",
    "Completed",
    "Returned for correction"
  };

  private UiText() {}

  /** {@code n} Chinese UI lines. */
  public static List<String> chinese(int n, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          switch (i % 8) {
            case 0 -> "企业名称：" + company(r);
            case 1 -> "法定代表人：" + person(r) + "    联系电话：" + phone(r);
            case 2 -> "住所：" + address(r);
            case 3 -> pick(r, LABELS) + "：" + pick(r, STATUS);
            case 4 -> pick(r, MESSAGES);
            case 5 -> String.join("  ", pick(r, MENU), pick(r, MENU), pick(r, MENU), pick(r, MENU));
            case 6 ->
                "共 "
                    + (1 + r.nextInt(500))
                    + " 条记录，当前第 "
                    + (1 + r.nextInt(9))
                    + "/"
                    + (10 + r.nextInt(40))
                    + " 页";
            default ->
                "成立日期："
                    + (1995 + r.nextInt(30))
                    + "年"
                    + (1 + r.nextInt(12))
                    + "月"
                    + (1 + r.nextInt(28))
                    + "日"
                    + "    企业类型："
                    + pick(r, TYPES);
          });
    }
    return out;
  }

  /** {@code n} English UI lines. */
  public static List<String> english(int n, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          switch (i % 6) {
            case 0 -> pick(r, EN_WORDS) + ": " + pick(r, EN_NAMES);
            case 1 -> pick(r, EN_MESSAGES);
            case 2 ->
                "Showing "
                    + (1 + r.nextInt(20))
                    + " to "
                    + (21 + r.nextInt(20))
                    + " of "
                    + (100 + r.nextInt(900))
                    + " records";
            case 3 -> "Status: " + pick(r, EN_STATUS) + "    Submitted by " + pick(r, EN_NAMES);
            case 4 -> String.join("  ", pick(r, EN_WORDS), pick(r, EN_WORDS), pick(r, EN_WORDS));
            default ->
                String.format(
                    "Application No. A%d%06d, last update %d-%02d-%02d %02d:%02d",
                    2015 + r.nextInt(10),
                    r.nextInt(1_000_000),
                    2015 + r.nextInt(10),
                    1 + r.nextInt(12),
                    1 + r.nextInt(28),
                    r.nextInt(24),
                    r.nextInt(60));
          });
    }
    return out;
  }

  static String company(Random r) {
    return pick(r, CITIES)
        + pick(r, TRADES)
        + pick(r, TRADES)
        + pick(r, INDUSTRIES)
        + (r.nextInt(4) == 0 ? "股份有限公司" : "有限公司");
  }

  static String person(Random r) {
    return pick(r, SURNAMES) + pick(r, GIVEN) + (r.nextBoolean() ? pick(r, GIVEN) : "");
  }

  static String address(Random r) {
    return pick(r, CITIES)
        + "市"
        + pick(r, DISTRICTS)
        + pick(r, ROADS)
        + (1 + r.nextInt(999))
        + "号"
        + (1 + r.nextInt(12))
        + "幢"
        + (101 + r.nextInt(20) * 100 + r.nextInt(20))
        + "室";
  }

  static String phone(Random r) {
    return "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  /** Label/value rows for a full screen. */
  public static List<String[]> screenRows(int n, long seed) {
    Random r = new Random(seed);
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(
          switch (i % 6) {
            case 0 -> new String[] {"企业名称", company(r)};
            case 1 -> new String[] {"法定代表人", person(r)};
            case 2 -> new String[] {"住所", address(r)};
            case 3 -> new String[] {"联系电话", phone(r)};
            case 4 -> new String[] {"经营状态", pick(r, STATUS)};
            default ->
                new String[] {
                  "成立日期",
                  (1995 + r.nextInt(30))
                      + "年"
                      + (1 + r.nextInt(12))
                      + "月"
                      + (1 + r.nextInt(28))
                      + "日"
                };
          });
    }
    return rows;
  }
}
