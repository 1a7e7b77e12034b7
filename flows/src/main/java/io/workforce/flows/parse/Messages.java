package io.workforce.flows.parse;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every problem message and hint, in Chinese and English. Messages quote the bad input in
 * backticks; hints say how to fix it.
 */
@SuppressWarnings("checkstyle:LineLength")
final class Messages {

  static final Messages ZH = new Messages(true);
  static final Messages EN = new Messages(false);

  private final boolean zh;

  private Messages(boolean zh) {
    this.zh = zh;
  }

  static Messages of(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? ZH : EN;
  }

  private String t(String zhText, String enText, Object... args) {
    return String.format(Locale.ROOT, zh ? zhText : enText, args);
  }

  static String quoted(List<String> names) {
    return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
  }

  // ---- what was found
  String kindMap() {
    return t("一个映射", "a mapping");
  }

  String kindList() {
    return t("一个列表", "a list");
  }

  String kindNull() {
    return t("空值", "nothing");
  }

  String kindBool(String v) {
    return t("`%s`", "`%s`", v);
  }

  String kindNumber(String v) {
    return t("数字 %s", "the number %s", v);
  }

  String kindText(String v) {
    return t("文本 `%s`", "the text `%s`", v.length() > 40 ? v.substring(0, 40) + "…" : v);
  }

  // ---- what was expected
  String exText() {
    return t("文本", "text");
  }

  String exSelector() {
    return t("选择器文本", "a selector (text)");
  }

  String exName() {
    return t("名称 (字母、数字、_, 不以数字开头)", "a name (letters, digits, _; not starting with a digit)");
  }

  String exId() {
    return t("标识 (字母、数字、-、_)", "an identifier (letters, digits, -, _)");
  }

  String exDuration() {
    return t("时长, 如 10s、500ms、2m", "a duration such as 10s, 500ms or 2m");
  }

  String exRegex() {
    return t("正则表达式", "a regular expression");
  }

  String exDateFormat() {
    return t("日期格式, 如 yyyy-MM-dd", "a date format such as yyyy-MM-dd");
  }

  String exWhole(long min, long max) {
    return max == Long.MAX_VALUE
        ? t("不小于 %d 的整数", "a whole number of at least %d", min)
        : t("%d 到 %d 之间的整数", "a whole number from %d to %d", min, max);
  }

  String exNumber(double min) {
    return t("不小于 %s 的数字", "a number of at least %s", fmt(min));
  }

  String exBool() {
    return t("true 或 false", "true or false");
  }

  String exChoice(List<String> v) {
    return t("以下之一: %s", "one of %s", quoted(v));
  }

  String exMap() {
    return t("映射 (键: 值)", "a mapping (key: value)");
  }

  String exList() {
    return t("列表", "a list");
  }

  String exSteps() {
    return t("步骤列表", "a list of steps");
  }

  String exJson() {
    return t("JSON 值", "a JSON value");
  }

  String exOneChar() {
    return t("一个字符", "one character");
  }

  String unknownEncoding(String e) {
    return t("未知的字符集 `%s`", "unknown character set `%s`", e);
  }

  String exOr(String a, String b) {
    return t("%s 或 %s", "%s or %s", a, b);
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  // ---- reading the file
  String cannotRead(String reason) {
    return t("无法读取文件: %s", "cannot read the file: %s", reason);
  }

  String emptyFile() {
    return t("文件是空的", "the file is empty");
  }

  String hintEmptyFile() {
    return t("流程文件以 `flow: 名称` 开头", "a flow starts with `flow: NAME`");
  }

  String secondDocument() {
    return t(
        "一个流程文件只能有一个 YAML 文档, 这里开始了第二个",
        "a flow file holds one YAML document; a second one starts here");
  }

  String hintSecondDocument() {
    return t(
        "删除 `---` 行, 或把第二个流程放到单独的文件",
        "remove the `---` line or put the second flow in its own file");
  }

  String syntaxError(String reason) {
    return t("YAML 语法错误: %s", "YAML syntax error: %s", reason);
  }

  String hintSyntax() {
    return t("检查此处的引号、冒号和缩进", "check the quotes, colons and indentation here");
  }

  String hintTabs() {
    return t("用空格缩进, 不要用 Tab", "indent with spaces, not tabs");
  }

  String hintQuoteExpression() {
    return t(
        "在 `{ }` 或 `[ ]` 里, 含 ${…} 的值要加引号: \"${item.x}\"",
        "inside `{ }` or `[ ]`, quote values that contain ${…}: \"${item.x}\"");
  }

  String hintIndentation() {
    return t(
        "检查缩进: 同一映射的键要从同一列开始",
        "check the indentation: the keys of one mapping start in the same column");
  }

  String tabFound() {
    return t("用 Tab 字符缩进了", "a tab character is used for indentation");
  }

  String hintCloseQuote() {
    return t("这里开始的引号没有闭合", "the quote that starts here is never closed");
  }

  String notAFlow(String found) {
    return t(
        "流程文件应为以 `flow: 名称` 开头的映射, 实际是%s",
        "a flow file is a mapping that starts with `flow: NAME`, found %s", found);
  }

  String missingTopField(String field) {
    return t("流程缺少必填字段 `%s`", "the flow is missing the required field `%s`", field);
  }

  String unknownTopField(String field) {
    return t("未知的顶层字段 `%s`", "unknown top-level field `%s`", field);
  }

  String hintStepValue(String step) {
    return t("给它一个值: `%s: …`", "give it a value: `%s: …`", step);
  }

  String hintRegex() {
    return t(
        "检查括号; 在 YAML 双引号中 \\d 要写成 \\\\d, 或改用单引号",
        "check the brackets; inside YAML double quotes write \\\\d for \\d, or use single quotes");
  }

  String noAssignment() {
    return t("表达式不能赋值", "expressions cannot assign");
  }

  String hintNoAssignment() {
    return t("用 `set` 步骤给变量赋值; 比较用 `==`", "set variables with the `set` step; compare with `==`");
  }

  String hintEncodings() {
    return t("例如 UTF-8、GBK、GB18030", "e.g. UTF-8, GBK, GB18030");
  }

  String tooDeep(int n) {
    return t("嵌套超过 %d 层", "nested more than %d levels deep", n);
  }

  String aliasNotSupported(String name) {
    return t("流程不支持 YAML 别名 (`*%s`)", "YAML aliases (`*%s`) are not supported in flows", name);
  }

  String hintAlias() {
    return t(
        "把值直接写出来; 需要复用的值用 `set` 存入变量", "write the value out; use `set` to keep a value for reuse");
  }

  String duplicateKey(String key, int line) {
    return t("重复的键 `%s` (第 %d 行已有)", "duplicate key `%s` (already on line %d)", key, line);
  }

  String hintDuplicateKey() {
    return t("同一映射中每个键只能出现一次", "a key may appear only once in a mapping");
  }

  String bomFound() {
    return t("文件以字节顺序标记 (BOM) 开头", "the file starts with a byte-order mark (BOM)");
  }

  String hintBom() {
    return t(
        "另存为不带 BOM 的 UTF-8; 记事本中选 \"UTF-8\" 而不是 \"带有 BOM 的 UTF-8\"",
        "save it as UTF-8 without BOM; in Notepad choose \"UTF-8\", not \"UTF-8 with BOM\"");
  }

  String utf16Found() {
    return t("文件是 UTF-16 编码, 不是 UTF-8", "the file is UTF-16, not UTF-8");
  }

  String gbkFound() {
    return t(
        "文件不是 UTF-8 编码, 看起来是中文 Windows 常用的 GBK/GB18030",
        "the file is not UTF-8 but looks like GBK/GB18030, the Chinese Windows encoding");
  }

  String notUtf8() {
    return t("文件不是有效的 UTF-8 编码", "the file is not valid UTF-8");
  }

  String hintEncoding(String from) {
    return from == null
        ? t("在编辑器中把文件另存为 UTF-8", "save the file as UTF-8 in your editor")
        : t(
            "把文件另存为 UTF-8, 例如 `iconv -f %s -t UTF-8 旧.yaml > 新.yaml`",
            "save the file as UTF-8, e.g. `iconv -f %s -t UTF-8 old.yaml > new.yaml`", from);
  }

  String internalError(String what) {
    return t(
        "校验器内部错误 (%s), 请报告此问题", "internal error in the validator (%s); please report it", what);
  }

  // ---- shapes
  String wrongType(String field, String expected, String found) {
    return t("`%s` 应为%s, 实际是%s", "`%s` must be %s, found %s", field, expected, found);
  }

  String missingField(String owner, String field) {
    return t("`%s` 缺少必填字段 `%s`", "`%s` is missing the required field `%s`", owner, field);
  }

  String unknownField(String field, String owner) {
    return t("`%2$s` 中有未知字段 `%1$s`", "unknown field `%s` in `%s`", field, owner);
  }

  String didYouMean(String s) {
    return t("是不是想写 `%s`?", "did you mean `%s`?", s);
  }

  String allowed(List<String> names) {
    return t("可用: %s", "allowed: %s", quoted(names));
  }

  String exactlyOne(String owner, List<String> group) {
    return t("`%s` 需要以下之一: %s", "`%s` needs one of %s", owner, quoted(group));
  }

  String onlyOne(String owner, List<String> found) {
    return t("`%s` 只能有以下之一, 实际有: %s", "`%s` takes only one of %s", owner, quoted(found));
  }

  String hintOnlyOne() {
    return t("保留一个, 删掉其余", "keep one and remove the others");
  }

  String emptyList(String field) {
    return t("`%s` 是空的", "`%s` is empty", field);
  }

  String hintEmptyList() {
    return t("至少写一项", "add at least one item");
  }

  String badDuration(String field, String v) {
    return t("`%s` 不是时长: `%s`", "`%s` is not a duration: `%s`", field, v);
  }

  String hintDuration() {
    return t("写作 500ms、10s、2m 或 1h", "write 500ms, 10s, 2m or 1h");
  }

  String badRegex(String field, String reason) {
    return t("`%s` 不是有效的正则表达式: %s", "`%s` is not a valid regular expression: %s", field, reason);
  }

  String badDateFormat(String field, String v) {
    return t("`%s` 不是有效的日期格式: `%s`", "`%s` is not a valid date format: `%s`", field, v);
  }

  String hintDateFormat() {
    return t("例如 yyyy-MM-dd、yyyy年M月d日、yyyy/M/d", "e.g. yyyy-MM-dd, yyyy年M月d日, yyyy/M/d");
  }

  String badChoice(String field, String v, List<String> values) {
    return t(
        "`%s` 应为以下之一: %s, 实际是 `%s`",
        "`%s` must be one of %s, found `%s`", field, quoted(values), v);
  }

  String badName(String field, String v) {
    return t("`%s` 不是有效的名称: `%s`", "`%s` is not a valid name: `%s`", field, v);
  }

  String hintName() {
    return t(
        "名称由字母、数字和 _ 组成, 不以数字开头, 如 company_name",
        "names use letters, digits and _, and do not start with a digit, e.g. company_name");
  }

  String hintId() {
    return t(
        "标识由字母、数字、- 和 _ 组成, 如 sync-registrations",
        "identifiers use letters, digits, - and _, e.g. sync-registrations");
  }

  String reservedName(String v) {
    return t("`%s` 是保留名称, 不能用作变量", "`%s` is a reserved name and cannot be a variable", v);
  }

  String hintReserved() {
    return t("换一个变量名", "choose another variable name");
  }

  String badSelector(String v, String reason) {
    return t("无效的选择器 `%s`: %s", "invalid selector `%s`: %s", v, reason);
  }

  String credentialInScript() {
    return t("`script` 的代码中不能使用凭据", "a `script` must not use a credential in its code");
  }

  String hintCredentialInScript() {
    return t(
        "脚本拿不到密码: 在系统的 login 中用 fill 输入凭据; script 的代码按原样执行, 不展开 ${…}",
        "scripts never receive secrets: type credentials with fill in the system's login; a"
            + " script's code runs as written, ${…} is not expanded in it");
  }

  String scriptNotAFunction() {
    return t(
        "`script` 的 code 应是一个 JavaScript 函数", "a `script`'s code must be a JavaScript function");
  }

  String hintScriptFunction() {
    return t(
        "例如 (el, v) => { el.value = v; return el.value } 或 () => document.title; 值用 args 传入",
        "e.g. (el, v) => { el.value = v; return el.value } or () => document.title; pass values in"
            + " args");
  }

  String selectorAt(int position) {
    return t(" (第 %d 个字符处)", " (at character %d)", position);
  }

  boolean chinese() {
    return zh;
  }

  // ---- steps
  String stepNotMap(String found) {
    return t(
        "步骤应为映射, 如 `click: \"#ok\"`, 实际是%s",
        "a step must be a mapping such as `click: \"#ok\"`, found %s", found);
  }

  String emptyStep() {
    return t("空步骤", "empty step");
  }

  String unknownStep(String k) {
    return t("未知的步骤类型 `%s`", "unknown step type `%s`", k);
  }

  String stepTypes(List<String> all) {
    return t("步骤类型: %s", "step types: %s", String.join(", ", all));
  }

  String stepManyKeys(String first, String other) {
    return t(
        "一个步骤只能有一个步骤类型, 这里有 `%s` 和 `%s`",
        "a step has one step type; found `%s` and `%s`", first, other);
  }

  String hintStepOption(String step, String option) {
    return t(
        "把选项写进步骤里: `%s: { …, %s: … }`",
        "put options inside the step: `%s: { …, %s: … }`", step, option);
  }

  String hintStepDash() {
    return t("每个步骤以 `- ` 开头", "start each step with `- `");
  }

  String unreachable(String keyword, int line) {
    return t(
        "执行不到的步骤: 第 %2$d 行的 `%1$s` 总会结束本项",
        "unreachable step: the `%s` on line %d always stops the item", keyword, line);
  }

  String hintUnreachable(String keyword) {
    return t("删除它, 或把它移到 `%s` 之前", "remove it or move it before the `%s`", keyword);
  }

  String doneOutsideItem() {
    return t(
        "`done` 结束一个数据项, 只能用在 `steps` 中 (登录步骤不属于任何数据项)",
        "`done` ends an item and belongs in `steps` (login steps belong to no item)");
  }

  String onceNotTopLevel(String path) {
    return t(
        "`once` 只能写在流程 `steps` 的最外层, 这里是 `%s`",
        "`once` belongs at the top level of the flow's `steps`, not at `%s`", path);
  }

  String hintOnceTopLevel() {
    return t(
        "重试的项先运行 `lookup`, 找到记录就从 `once` 之后继续, 所以它不能在分支、循环、登录、before 或 after 里;"
            + " 把它移到 `steps` 的最外层",
        "a retried item runs `lookup` first and goes on after the `once` when the record is found,"
            + " so it cannot sit in a branch, a loop, a login, before or after; move it to the top"
            + " level of `steps`");
  }

  String onceTwice(int line) {
    return t(
        "一个流程只能有一个 `once` (第一个在第 %d 行)",
        "a flow has at most one `once` (the first is on line %d)", line);
  }

  String hintOnceTwice() {
    return t(
        "把会到达系统的步骤放进同一个 `once`, 或把两次提交分成两个流程",
        "put the steps that reach the system in one `once`, or split the two submits into two flows");
  }

  String hintOnceEmpty(String key) {
    return "steps".equals(key)
        ? t("写上可能已到达系统的步骤 (提交)", "add the steps that may reach the system (the submit)")
        : t(
            "写上查找记录的步骤, 如打开查询页并读出结果",
            "add the steps that look the record up, e.g. open the search page and read the result");
  }

  String loopNoLimit(String step) {
    return t("`%s` 没有 `max`: 循环必须有硬性上限", "`%s` has no `max`: a loop needs a hard limit", step);
  }

  String hintLoopLimit() {
    return t("加上上限, 如 `max: 20`", "add a limit, e.g. `max: 20`");
  }

  String pathNeedsSystem() {
    return t("`path` 需要同时写 `system`", "`path` needs `system`");
  }

  String hintPathNeedsSystem() {
    return t(
        "写 `system: 系统名`, 或用 `url` 写完整地址", "add `system: NAME`, or use `url` for a full address");
  }

  // ---- names and expressions
  String undefinedVariable(String v) {
    return t("未定义的变量 `%s`", "undefined variable `%s`", v);
  }

  String hintDefineVariable() {
    return t("先用 `set`、`read` 或 `into` 定义它", "define it first with `set`, `read` or `into`");
  }

  String credentialOutsideLogin() {
    return t(
        "`credential` 只能在系统的 `login` 步骤中使用",
        "`credential` can only be used in a system's `login` steps");
  }

  String hintCredential() {
    return t(
        "密码不离开登录步骤: 把登录写在 `systems.名称.login` 下",
        "secrets never leave the login recipe: log in under `systems.NAME.login`");
  }

  String credentialNotTyped() {
    return t(
        "`credential` 只能作为登录步骤中 `fill` 某个字段的完整值, 如 `\"#password\": \"${credential.password}\"`",
        "`credential` may only be the whole value of a `fill` field in a login recipe, e.g. `\"#password\": \"${credential.password}\"`");
  }

  String hintCredentialTyped() {
    return t(
        "凭据只能原样输入登录表单: 不能变换、拼接、比较、记录、输出或发送到别处",
        "a credential is only ever typed, unchanged, into the login form: it cannot be transformed, joined, compared, logged, output or sent anywhere");
  }

  String envNotByName() {
    return t(
        "`env` 只能按名称读取单个变量, 如 `${env.REGISTRY_URL}`",
        "`env` can only be read one variable at a time, by name, e.g. `${env.REGISTRY_URL}`");
  }

  String hintEnvByName() {
    return t("流程只能看到它按名称写出的环境变量", "a flow sees only the environment variables it names literally");
  }

  String envOfTheRobot(String name) {
    return t(
        "`env.%s` 是机器人自己的设置, 流程不能读取",
        "`env.%s` is one of the robot's own settings, which flows cannot read", name);
  }

  String hintEnvOfTheRobot() {
    return t(
        "以 `WORKFORCE_` 开头的变量 (注册密钥、凭据库密钥等) 从不交给流程; 换一个变量名",
        "variables starting with `WORKFORCE_` (enrolment key, vault key…) are never given to flows; use another name");
  }

  String errorOutsideCatch() {
    return t("`error` 只在 `catch` 中有定义", "`error` is only defined inside `catch`");
  }

  String hintErrorOutsideCatch() {
    return t(
        "在 `try` 的 `catch` 步骤里使用 `${error.message}`",
        "use `${error.message}` in the `catch` steps of a `try`");
  }

  String undefinedSystem(String s) {
    return t("未定义的系统 `%s`", "undefined system `%s`", s);
  }

  String hintDeclareSystem() {
    return t("在 `systems:` 下声明它", "declare it under `systems:`");
  }

  String unknownFunction(String f) {
    return t("未知的函数 `%s`", "unknown function `%s`", f);
  }

  String hintFunctions() {
    return t(
        "函数列表见 docs/flow-language.md#函数",
        "see the function list in docs/flow-language.md#functions");
  }

  String badExpression(String code, String reason) {
    return t("无效的表达式 `${%s}`: %s", "invalid expression `${%s}`: %s", code, reason);
  }

  String hintExpression() {
    return t(
        "表达式是 JEXL 语法, 如 ${item.name}、${total + 1}、${trim(x) == 'A'}",
        "expressions use JEXL syntax, e.g. ${item.name}, ${total + 1}, ${trim(x) == 'A'}");
  }

  String forbiddenMember(String name) {
    return t("表达式中不允许使用 `%s`", "`%s` is not allowed in expressions", name);
  }

  String hintForbidden() {
    return t(
        "表达式只读取值, 不能访问类、文件或进程; 计算和替换文本请用运算符和函数 (replace、split、matches、round…)",
        "expressions read values; they cannot reach classes, files or processes; compute and edit text with the operators and functions (replace, split, matches, round…)");
  }

  String unclosedExpression(String text) {
    return t("`${` 没有闭合: `%s`", "`${` is never closed: `%s`", text);
  }

  String hintUnclosed() {
    return t("用 `}` 闭合; 字面量 `${` 写作 `$${`", "close it with `}`; write `$${` for a literal `${`");
  }

  String itemOutsideSteps(String where) {
    return t(
        "`%s` 中没有当前数据项, 不能使用 `item`",
        "there is no item in `%s`: `item` cannot be used there", where);
  }

  String hintItemOutsideSteps() {
    return t(
        "`before` 在每个工作线程的第一项之前运行一次, `after` 在最后一项之后; 用 `run.items` 得到项数",
        "`before` runs once before a worker's first item, `after` after its last; `run.items` is the count");
  }

  String unknownRunField(String f) {
    return t("`run.%s` 不存在", "`run.%s` does not exist", f);
  }

  String hintRunFields(List<String> all) {
    return t("可用: %s", "available: %s", quoted(all));
  }

  String reservedItemField(String f) {
    return t(
        "`%s` 由运行时提供 (`item.%s`), 不能用作输入字段或列名",
        "`%s` is provided by the runtime (`item.%s`) and cannot be an input field or column", f, f);
  }

  String hintReservedItemField() {
    return t(
        "给这一列或字段换个名称 (`item.index` 是本项的序号, `item.last` 表示最后一项)",
        "rename the column or field (`item.index` is the item's number, `item.last` marks the last one)");
  }

  String notInRunLevel(String keyword, String where) {
    return t(
        "`%s` 属于一个数据项, 不能用在 `%s` 中",
        "`%s` belongs to an item and cannot be used in `%s`", keyword, where);
  }

  String unknownItemField(String f) {
    return t("`item.%s` 不是输入中的字段", "`item.%s` is not a field of the input", f);
  }

  String hintItemFields(List<String> all) {
    return t("输入字段: %s", "input fields: %s", quoted(all));
  }

  String undeclaredOutput(String o) {
    return t("输出 `%s` 没有在 `output:` 中声明", "output `%s` is not declared under `output:`", o);
  }

  String hintDeclareOutput() {
    return t("在流程的 `output:` 下声明它", "declare it under the flow's `output:`");
  }

  String duplicateName(String what, String name, int line) {
    return t("重复的%s `%s` (第 %d 行已有)", "duplicate %s `%s` (already on line %d)", what, name, line);
  }

  String whatFormField() {
    return t("表单字段", "form field");
  }

  String choicesWithoutChoice() {
    return t("只有 `type: choice` 的字段才能有 `choices`", "only a field of `type: choice` has `choices`");
  }

  String keyWithoutRows() {
    return t(
        "`key` 只能与 `file` 或 `form` 一起使用 (队列的数据项以其编号区分)",
        "`key` goes with `file` or `form` (a queue's items are told apart by their reference)");
  }

  String unknownKey(String name) {
    return t("`key` 中的 `%s` 不是输入的字段", "`%s` in `key` is not a field of the input", name);
  }

  String fieldsWithoutFile() {
    return t(
        "`fields` 只能与 `file` 一起使用 (它们会加到表格的每一行)",
        "`fields` goes only with `file` (they are added to every row of the file)");
  }

  String hintFieldsWithoutFile() {
    return t(
        "表单流程把字段写在 `form` 下; 队列流程的数据项自带字段",
        "a form flow lists its fields under `form`; a queue's items bring their own fields");
  }

  String hintQuoteColon() {
    return t(
        "值里有 `: ` (冒号加空格) 时, 给整个值加引号, 例如 `log: \"结果: 成功\"`",
        "a value that contains `: ` (colon and space) must be quoted, e.g. `log: \"result: ok\"`");
  }

  String choiceNeedsChoices() {
    return t("`type: choice` 的字段需要 `choices`", "a field of `type: choice` needs `choices`");
  }

  String hintChoices() {
    return t("例如 `choices: [个体, 企业]`", "e.g. `choices: [A, B]`");
  }

  String unknownFlow(String f) {
    return t("找不到名为 `%s` 的流程", "no flow named `%s`", f);
  }

  String hintUnknownFlow() {
    return t("检查那个文件中 `flow:` 后面的名称", "check the name after `flow:` in that file");
  }

  String unknownCallInput(String flow, String in) {
    return t("流程 `%s` 没有输入 `%s`", "flow `%s` has no input `%s`", flow, in);
  }

  String missingCallInput(String flow, String in) {
    return t("流程 `%s` 需要输入 `%s`", "flow `%s` needs the input `%s`", flow, in);
  }

  String loginOutsideSystem() {
    return t("登录步骤不能再 `call` 其他流程", "login steps cannot `call` another flow");
  }

  // ---- lists and tables (read_table, read table:)
  String rowsKind(String selector) {
    return t(
        "`rows` 要选中表格中的行元素, 只能是 CSS、XPath 或 role= 选择器, 而不是 `%s`",
        "`rows` selects row elements inside the table: a CSS, XPath or role= selector, not `%s`",
        selector);
  }

  String hintRowsKind() {
    return t(
        "例如 `tr.data`、`xpath=.//tr[td]`、`role=row`、`.card`",
        "e.g. `tr.data`, `xpath=.//tr[td]`, `role=row`, `.card`");
  }

  String currentWithoutPaging() {
    return t(
        "`current` (当前页码在哪里) 只和 `next` 或 `pages` 一起使用",
        "`current` (where the current page number is) goes with `next` or `pages` only");
  }

  String hintCurrentWithoutPaging() {
    return t("加上 `next` 或 `pages`, 或删掉 `current`", "add `next` or `pages`, or remove `current`");
  }

  String labelsWithoutTable() {
    return t("`labels` 只和 `table` 一起使用", "`labels` goes with `table` only");
  }

  String hintLabelsWithoutTable() {
    return t(
        "`read: { table: \"#info\", into: person, labels: { name: 姓名 } }`",
        "`read: { table: \"#info\", into: person, labels: { name: 姓名 } }`");
  }

  // ---- ocr: chars and pattern
  String ocrOnlyWithText(String key) {
    return t("`%s` 只能用于 field: text", "`%s` only works with field: text", key);
  }

  String hintOcrOnlyWithText() {
    return t(
        "字段读取器 amount、id_number、credit_code、date 自己知道允许的字符并检查读到的值: 去掉 chars 和 pattern, 或改用 field: text",
        "the field readers amount, id_number, credit_code and date know their characters and check"
            + " what they read: leave chars and pattern out, or read with field: text");
  }

  String ocrCharsEmpty() {
    return t("`chars` 是空的", "`chars` is empty");
  }

  String hintOcrCharsEmpty() {
    return t(
        "写出图片上可能出现的字符, 如数字验证码写 chars: 0-9; 不限制就去掉 chars",
        "list the characters the image can show, e.g. chars: 0-9 for a numeric code; leave chars"
            + " out to allow all");
  }

  String ocrCharsBackwards(String range) {
    return t("`chars` 中的范围 `%s` 写反了", "`chars` range `%s` runs backwards", range);
  }

  String hintOcrCharsRange() {
    return t(
        "范围从小写到大, 如 0-9 或 A-Z; 放在最前或最后的 - 表示它自己",
        "write ranges low to high, e.g. 0-9 or A-Z; a - first or last stands for itself");
  }
}
