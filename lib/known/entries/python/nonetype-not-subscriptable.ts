import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.nonetype-not-subscriptable",
  category: "code.null_reference",
  match: [/'NoneType' object is not subscriptable/],
  priority: -1,
  title: t("对 None 做了下标访问（x[...]）", "None was indexed with x[...]"),
  summary: t(
    "你用方括号取值（x[0]、x[\"key\"]）的那个值其实是 None：产生它的函数或查找返回了 None（函数没有 return、查找没有结果、配置或文件没读到），而 None 不支持下标。",
    "The value you indexed with brackets (x[0], x[\"key\"]) is None: the function or lookup that produced it returned None (no return statement, nothing found, a config or file that was not loaded), and None cannot be subscripted.",
  ),
  causes: [
    t("产生这个值的函数在某条路径上没有 return，于是返回 None", "the function that produced the value has a path without return, so it returned None"),
    t("查找没有结果：dict.get()、re.match() 等在找不到时返回 None", "a lookup found nothing: dict.get(), re.match() and similar return None when there is no result"),
    t("没有传入的可选参数、没读到的配置文件（yaml.safe_load 读空文件返回 None）", "an optional argument that was not given, or a config that was not loaded (yaml.safe_load returns None for an empty file)"),
    t("把 list.sort() 这类原地修改方法的返回值（None）赋给了变量", "the None returned by an in-place method such as list.sort() was assigned to the variable"),
  ],
  solutions: [
    {
      title: t("找到被下标访问的变量在哪里赋值，弄清它为什么是 None", "Find where the indexed variable was assigned and why it is None"),
      steps: [
        t("回溯最后一行里方括号前面的表达式就是 None。检查产生它的调用：参数是否传了、文件是否存在且非空、函数是否每条路径都 return。", "The expression before the brackets on the last traceback line is None. Check the call that produced it: was the argument given, does the file exist and is it non-empty, does the function return on every path."),
        t("值可能缺失时先判断 is None，给出清楚的报错而不是在后面崩溃。", "Where the value may be missing, test `is None` first and raise a clear error instead of failing later."),
      ],
      code: () =>
        block("python", [
          "import yaml",
          "",
          'with open("config.yaml", encoding="utf-8") as fh:',
          "    config = yaml.safe_load(fh)  # None when the file is empty",
          "if config is None:",
          '    raise SystemExit("config.yaml is empty")',
          'print(config["name"])',
        ]),
    },
    {
      title: t("字典取值可能缺失时用 .get() 并给默认值", "Use .get() with a default where a dict value may be missing"),
      steps: [
        t("链式取值（data[\"a\"][\"b\"]）中间任何一层是 None 都会报这个错；逐层检查，或对可能缺失的层用 .get(key, {}) 兜底。", "In chained lookups (data[\"a\"][\"b\"]) any level that is None raises this; check each level, or fall back with .get(key, {}) on levels that may be missing."),
      ],
      code: () => block("python", ['data = {"a": None}', 'inner = data.get("a") or {}', 'print(inner.get("b", "default"))']),
    },
  ],
  docs: ["https://docs.python.org/3.1/library/exceptions.html", "https://github.com/ansible-community/ara/issues/182"],
  samples: [
    {
      text: "ERROR:Karl:Exception: 'NoneType' object is not subscriptable",
      source: "https://github.com/cleanunicorn/karl/issues/11",
    },
  ],
});
