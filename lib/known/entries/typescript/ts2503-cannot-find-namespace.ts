import { block, defineKnownError, ic, t } from "../../define";

const typesFor = (ns: string | undefined) => (ns === "NodeJS" ? "@types/node" : ns === "JSX" || ns === "React" ? "@types/react" : null);

export default defineKnownError({
  id: "typescript.ts2503-cannot-find-namespace",
  category: "code.name",
  match: [/\bTS2503:\s{0,3}Cannot find namespace '(?<ns>[^'\n]{1,100})'/],
  title: (c) => t(`找不到命名空间 ${ic(c.g.ns ?? "")}`, `Cannot find the namespace ${ic(c.g.ns ?? "")}`),
  summary: (c) =>
    typesFor(c.g.ns)
      ? t(`命名空间 ${ic(c.g.ns ?? "")} 由 ${ic(typesFor(c.g.ns) ?? "")} 提供，项目没有安装它，或 tsconfig 的 types 列表没有包含它。`, `The ${ic(c.g.ns ?? "")} namespace comes from ${ic(typesFor(c.g.ns) ?? "")}, which the project does not have or tsconfig's types list leaves out.`)
      : t("代码引用的命名空间没有声明：缺少提供它的类型包，或者名字写错。", "The namespace the code refers to is not declared: the types package that provides it is missing, or the name is misspelled."),
  causes: [t("缺少提供该命名空间的 @types 包（NodeJS 来自 @types/node，JSX 来自 @types/react）", "the @types package that provides it is missing (NodeJS comes from @types/node, JSX from @types/react)"), t("tsconfig 的 compilerOptions.types 限定了类型包，把它排除在外", "tsconfig's compilerOptions.types restricts type packages and leaves it out")],
  solutions: [
    {
      title: (c) => (typesFor(c.g.ns) ? t(`安装 ${ic(typesFor(c.g.ns) ?? "")}`, `Install ${ic(typesFor(c.g.ns) ?? "")}`) : t("安装提供该命名空间的类型包", "Install the types package that provides the namespace")),
      steps: [t("安装后如果 tsconfig 设置了 types 数组，把它加进去。", "If tsconfig sets a types array, add the package there as well.")],
      code: (c) => {
        const types = typesFor(c.g.ns);
        return types ? block("bash", [`npm install --save-dev ${types}`]) : null;
      },
    },
  ],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/timer.ts(4,20): error TS2503: Cannot find namespace 'NodeJS'.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
