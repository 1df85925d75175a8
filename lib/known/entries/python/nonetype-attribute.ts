import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.nonetype-attribute",
  category: "code.null_reference",
  match: [/'NoneType' object has no attribute '(?<attr>[\w]{1,100})'/],
  priority: -1,
  title: (c) =>
    c.g.attr
      ? t(`在 None 上访问了 .${c.g.attr}`, `.${c.g.attr} was read on None`)
      : t("在 None 上访问了属性", "An attribute was read on None"),
  summary: (c) =>
    t(
      `你访问 .${c.g.attr ?? "属性"} 的那个对象其实是 None：产生它的函数调用或查找返回了 None（常见是函数没有写 return，或者查找没有找到东西），而 None 没有这个属性。`,
      `The object you read .${c.g.attr ?? "the attribute"} on is None: the call or lookup that produced it returned None (commonly a function without a return statement, or a lookup that found nothing), and None has no such attribute.`,
    ),
  causes: [
    t("产生这个变量的函数没有 return 语句（或某条分支没有 return），Python 函数此时返回 None", "the function that produced the value has no return statement (or one branch lacks it); a Python function then returns None"),
    t("查找类调用没找到结果而返回 None：dict.get()、re.match()/re.search()、ORM 的 .first()、BeautifulSoup 的 find() 等", "a lookup found nothing and returned None: dict.get(), re.match()/re.search(), an ORM's .first(), BeautifulSoup's find() and the like"),
    t("把原地修改的方法的返回值赋给了变量：list.sort()、list.append() 等返回 None", "the result of an in-place method was assigned: list.sort(), list.append() and similar return None"),
    t("对象需要先初始化（连接、模型、配置加载），但初始化失败或还没执行", "an object (connection, model, loaded config) was meant to be initialised first, but that failed or had not run yet"),
  ],
  solutions: [
    {
      title: (c) => t(`找到给这个变量赋值的那一行，确认它为什么是 None，再访问 .${c.g.attr ?? "属性"}`, `Find where the variable was assigned, see why it is None, then read .${c.g.attr ?? "the attribute"}`),
      steps: [
        t("看回溯最后一行：点号前面的表达式就是 None。往上找它的赋值处，检查那个函数是否每条路径都有 return、查找是否可能没有结果。", "Look at the last traceback line: the expression before the dot is None. Go up to where it is assigned and check that the function returns on every path and whether the lookup can find nothing."),
        t("查找可能没结果时，先判断 is None 再使用，并给出有意义的报错或默认值。", "Where a lookup may find nothing, check `is None` before using it and raise a clear error or use a default."),
      ],
      code: (c) =>
        block("python", [
          "def find_user(users, name):",
          "    for user in users:",
          '        if user["name"] == name:',
          "            return user",
          "    return None  # what the caller gets when nothing matches",
          "",
          'user = find_user([{"name": "ann"}], "bob")',
          "if user is None:",
          `    raise LookupError("no such user")  # check before reading .${c.g.attr ?? "attribute"}`,
        ]),
    },
    {
      title: t("值确实可能缺失时，用条件表达式或默认值处理", "When the value may legitimately be missing, handle it with a condition or a default"),
      steps: [
        t("不要用 try/except AttributeError 把问题吞掉：它会掩盖真正返回 None 的那处 bug。只在“没有结果”是正常情况时，才显式分支处理。", "Do not swallow it with try/except AttributeError: that hides the real bug that returned None. Branch explicitly only where “no result” is a normal case."),
      ],
    },
  ],
  docs: ["https://docs.python.org/3.1/library/exceptions.html", "https://github.com/ansible-community/ara/issues/182"],
  samples: [
    {
      text: "AttributeError: 'NoneType' object has no attribute 'accept'",
      source: "https://github.com/python/mypy/issues/2440",
    },
  ],
});
