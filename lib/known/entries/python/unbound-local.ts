import { block, defineKnownError, t } from "../../define";

/** Built-in names people shadow by assigning them later in the same function. */
const BUILTINS = new Set(["int", "str", "float", "list", "dict", "set", "len", "input", "print", "type", "id", "max", "min", "sum", "open", "range", "format", "next", "iter", "map", "filter"]);

export default defineKnownError({
  id: "python.unbound-local",
  category: "code.name",
  match: [
    /UnboundLocalError: local variable '(?<name>\w{1,100})' referenced before assignment/,
    /UnboundLocalError: cannot access local variable '(?<name>\w{1,100})' where it is not associated with a value/,
  ],
  priority: -1,
  title: (c) => t(`局部变量 ${c.g.name ?? ""} 在赋值前被使用`, `Local variable ${c.g.name ?? ""} used before it was assigned`),
  summary: (c) =>
    t(
      `函数里某处给 ${c.g.name ?? "这个变量"} 赋了值，所以 Python 把它当作整个函数的局部变量；但执行到读取它的那一行时，这个赋值还没有发生（赋值在没执行的分支里、在后面，或在失败的 try 块里）。即使外层有同名变量也不会被使用。`,
      `Somewhere in the function ${c.g.name ?? "the variable"} is assigned, so Python treats it as local to the whole function; but when the line that reads it ran, that assignment had not happened (it sits in a branch that did not run, further down, or in a try block that failed). A same-named outer variable is not used.`,
    ),
  causes: [
    (c) =>
      c.g.name && BUILTINS.has(c.g.name)
        ? t(`${c.g.name} 是内置函数名，但函数里后面某处给 ${c.g.name} 赋了值（如 ${c.g.name} = ... 或 for ${c.g.name} in ...），于是整个函数里的 ${c.g.name} 都变成了局部变量`, `${c.g.name} is a built-in, but the function assigns ${c.g.name} somewhere later (${c.g.name} = ... or for ${c.g.name} in ...), which makes ${c.g.name} local throughout the function`)
        : null,
    (c) => t(`${c.g.name ?? "变量"} 只在 if/elif/for 的某些分支里赋值，而这次运行没有进入那些分支（例如数据为空、条件都不满足）`, `${c.g.name ?? "the variable"} is only assigned inside some if/elif/for branches, and this run entered none of them (empty data, no condition matched)`),
    (c) => t(`${c.g.name ?? "变量"} 在 try 块里赋值，异常发生在赋值之前，之后的代码仍去读取它`, `${c.g.name ?? "the variable"} is assigned inside a try block, the exception happened before the assignment, and later code still reads it`),
    (c) => t(`想修改全局或外层变量 ${c.g.name ?? ""}（如 x += 1），却没有声明 global / nonlocal`, `the code modifies a global or enclosing ${c.g.name ?? "variable"} (x += 1, say) without declaring it global / nonlocal`),
  ],
  solutions: [
    {
      title: (c) => t(`在所有分支之前给 ${c.g.name ?? "变量"} 一个初始值，或在没有值时明确报错`, `Give ${c.g.name ?? "the variable"} a value before the branches, or fail clearly when there is none`),
      steps: [
        t("在函数开头（分支和 try 之前）赋一个默认值，并在使用前检查它是否被真正赋值；如果本意是修改外层变量，加上 global 或 nonlocal 声明。", "Assign a default at the top of the function (before the branches and the try), and check it was really set before use; if you meant to change an outer variable, declare it global or nonlocal."),
      ],
      code: (c) => {
        const name = c.g.name && /^[A-Za-z_]\w{0,99}$/.test(c.g.name) && !BUILTINS.has(c.g.name) ? c.g.name : "result";
        return block("python", [
          "def load(rows):",
          `    ${name} = None  # bound on every path`,
          "    for row in rows:",
          "        if row:",
          `            ${name} = row`,
          `    if ${name} is None:`,
          '        raise ValueError("no usable row")',
          `    return ${name}`,
          "",
          'print(load(["", "data"]))',
        ]);
      },
    },
    {
      title: t("如果本意是修改外层变量：声明 global / nonlocal", "If you meant to change the outer variable: declare it global / nonlocal"),
      steps: [
        t("函数里只要有对该名字的赋值（包括 +=），它就是局部变量；要修改模块级变量用 global，修改外层函数的变量用 nonlocal。更好的做法是把值作为参数传入、作为返回值传出。", "Any assignment to the name in the function (+= included) makes it local; use global for a module-level variable and nonlocal for an enclosing function's. Passing the value in as an argument and returning it is cleaner."),
      ],
      code: () => block("python", ["counter = 0", "", "def bump():", "    global counter", "    counter += 1", "", "bump()", "print(counter)"]),
    },
  ],
  docs: ["https://docs.python.org/3/faq/programming.html#why-am-i-getting-an-unboundlocalerror-when-the-variable-has-a-value", "https://docs.python.org/3.1/library/exceptions.html"],
  samples: [
    {
      text: "    if x is None:\nUnboundLocalError: local variable 'x' referenced before assignment",
      source: "https://github.com/markessien/hotel-room-classification/pull/48",
    },
    {
      text: "    tmr = int(tmr)\nUnboundLocalError: cannot access local variable 'int' where it is not associated with a value",
      source: "https://github.com/python/cpython/issues/127445",
    },
  ],
});
