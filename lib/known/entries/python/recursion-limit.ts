import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.recursion-limit",
  category: "resource.memory",
  match: [/(?<![\w])(?:RecursionError|RuntimeError)(?::\s{0,2}|\(')maximum recursion depth exceeded/],
  title: t("超过了 Python 的最大递归深度（RecursionError）", "Python's maximum recursion depth was exceeded (RecursionError)"),
  summary: t(
    "Python 限制解释器调用栈的深度（默认 1000 层），以免无限递归把 C 栈耗尽导致解释器崩溃。调用链超过这个限制时抛出 RecursionError；绝大多数情况是某个函数在没有到达终止条件时一直调用自己（或两个函数互相调用）。",
    "Python caps the depth of the interpreter's call stack (1000 frames by default) so that runaway recursion cannot exhaust the C stack and crash the interpreter. A call chain deeper than that raises RecursionError; nearly always a function keeps calling itself (or two functions call each other) without reaching its base case.",
  ),
  causes: [
    t("递归函数的终止条件永远达不到，或写错导致函数无条件调用自己（比如属性的 getter/setter 里访问了同名属性）", "the recursive function's base case is never reached, or a typo makes it call itself unconditionally (for example a property getter/setter that accesses the same property)"),
    t("出错时重试：异常处理里再次调用同一个函数（如数据集 __getitem__ 读取失败后递归读取下一条）", "retry-on-error by recursion: an exception handler calls the same function again (such as a dataset __getitem__ that recursively reads the next item after a failure)"),
    t("数据本身很深（深层嵌套的 JSON/树、很长的链表），用递归处理超过了默认限制", "the data is genuinely deep (deeply nested JSON or trees, long linked lists) and recursive processing exceeds the default limit"),
  ],
  solutions: [
    {
      title: t("看回溯里反复出现的那几行，修正终止条件", "Read the lines that repeat in the traceback and fix the base case"),
      steps: [t("回溯里会重复出现同一个（或同一组）函数调用，那就是递归环；确认它在什么条件下应该停止，补上或修正终止条件；出错重试改成循环。", "The traceback repeats the same call (or group of calls); that is the cycle. Work out when it should stop and add or fix the base case; turn retry-by-recursion into a loop.")],
    },
    {
      title: t("数据确实很深时：改成循环，或适度提高限制", "If the data really is deep: use a loop, or raise the limit moderately"),
      steps: [t("把递归改写成用显式栈的循环最稳妥；也可以用 sys.setrecursionlimit 适度调高上限，但设得过高会让解释器在 C 栈耗尽时直接崩溃（段错误），它只是权宜之计。", "Rewriting the recursion as a loop with an explicit stack is the robust fix; sys.setrecursionlimit can raise the cap moderately, but too high a value lets the interpreter crash (segfault) when the C stack runs out, so treat it as a stopgap.")],
      code: (c) =>
        c.f.ecosystem && c.f.ecosystem !== "python"
          ? null
          : block("python", ["import sys", "", "# A moderate rise only; too high a limit can crash the interpreter instead of raising.", "sys.setrecursionlimit(5000)"]),
    },
  ],
  docs: ["https://www.python.org/pipermail/python-checkins/2000-August/013136.html", "https://www.oreilly.com/library/view/python-in-a/0596001886/re116.html", "https://github.com/python/cpython/issues/85485"],
  samples: [
    { text: "RecursionError: maximum recursion depth exceeded while calling a Python object", source: "https://github.com/enginebai/PyMedium/issues/8" },
    { text: "object type name: RecursionError\nobject repr     : RecursionError('maximum recursion depth exceeded while calling a Python object')\nlost sys.stderr", source: "https://github.com/H4cK3dR4Du/Discord-Member-Booster/issues/94" },
  ],
});
