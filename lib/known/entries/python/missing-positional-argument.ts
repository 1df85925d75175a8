import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.missing-positional-argument",
  category: "code.type",
  match: [/TypeError: (?<fn>[\w.<>]{1,120})\(\) missing (?<n>\d{1,2}) required positional arguments?: (?<args>'[\w]{1,60}'(?:(?:, | and )'[\w]{1,60}'){0,8})/],
  priority: -1,
  title: (c) => t(`调用 ${c.g.fn ?? "函数"}() 时缺少参数 ${c.g.args ?? ""}`, `${c.g.fn ?? "The function"}() was called without ${c.g.args ?? "a required argument"}`),
  summary: (c) =>
    c.g.args === "'self'"
      ? t(
          `${c.g.fn ?? "这个方法"} 是实例方法，但它是在类上直接调用的（Class.method() 而不是 Class().method()），所以 self 没有被自动传入。`,
          `${c.g.fn ?? "The method"} is an instance method but was called on the class itself (Class.method() instead of Class().method()), so self was not passed automatically.`,
        )
      : t(
          `${c.g.fn ?? "函数"}() 定义了必填参数 ${c.g.args ?? ""}，调用时没有传。调用方和函数定义不一致：漏传了参数、函数签名变了，或者作为回调被框架用不同的参数调用了。`,
          `${c.g.fn ?? "The function"}() declares the required parameter(s) ${c.g.args ?? ""}, and the call did not pass them. The caller and the definition disagree: an argument was left out, the signature changed, or a framework called it as a callback with other arguments.`,
        ),
  causes: [
    (c) => (c.g.args === "'self'" ? t("在类上调用实例方法，或把类本身（而不是实例）传给了需要对象的地方", "an instance method called on the class, or the class itself (not an instance) passed where an object was expected") : null),
    t("调用时漏掉了参数，或函数签名在库升级/重构后新增了必填参数", "the call leaves the argument out, or the signature gained a required parameter in an upgrade or refactor"),
    t("函数作为回调传给框架，框架调用它时给的参数和定义不符", "the function is a callback and the framework calls it with different arguments than it declares"),
  ],
  solutions: [
    {
      title: (c) => t(`对照 ${c.g.fn ?? "函数"}() 的定义补上 ${c.g.args ?? "缺少的参数"}`, `Pass ${c.g.args ?? "the missing argument"} as ${c.g.fn ?? "the function"}() defines it`),
      steps: [t("打开函数定义（或库的文档），按签名传参；可选的参数应在定义里给默认值。", "Open the definition (or the library's docs) and pass arguments as the signature says; parameters that should be optional need a default in the definition.")],
      code: () => block("python", ["class Client:", "    def fetch(self, url, timeout=30):", "        return url, timeout", "", "client = Client()  # instantiate; Client.fetch(url) would leave self unfilled", 'print(client.fetch("https://example.com"))']),
    },
    {
      title: t("升级后才出现：查看该库的更新说明", "Appeared after an upgrade: read the library's changelog"),
      steps: [t("如果报错来自库内部的调用，说明两个包的版本不匹配；按更新说明调整调用，或固定到兼容版本。", "If the failing call is inside a library, two packages' versions do not match; adjust the call per the changelog or pin compatible versions.")],
    },
  ],
  docs: ["https://docs.python.org/3.1/library/exceptions.html", "https://github.com/Spycsh/Bugs/issues/7"],
  samples: [{ text: "    Booster.run()\nTypeError: run() missing 1 required positional argument: 'self'", source: "https://github.com/acidvegas/booster/issues/4" }],
});
