import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "typescript.ts2578-unused-ts-expect-error",
  category: "build.compile",
  match: [/\bTS2578:\s{0,3}Unused '@ts-expect-error' directive/],
  title: t("@ts-expect-error 下面一行已经没有错误了", "The line under @ts-expect-error no longer has an error"),
  summary: t("@ts-expect-error 要求下一行确实存在类型错误；这一行现在能通过检查（通常是依赖升级或代码修复后），于是这条注释本身成了错误。", "@ts-expect-error requires the next line to have a type error; that line now type-checks (usually after a dependency upgrade or a fix), so the directive itself becomes an error."),
  causes: [t("升级依赖或修改代码后，原本的类型错误消失了", "a dependency upgrade or code change removed the original type error")],
  solutions: [{ title: t("删除这条 @ts-expect-error", "Delete the @ts-expect-error comment"), steps: [t("错误已经不存在，直接删掉注释即可；如果不同环境下结果不同，可改用 @ts-ignore，但它不会提醒你何时可以移除。", "The error is gone, so remove the comment; if results differ between environments, @ts-ignore works but will never tell you when it can go.")] }],
  docs: ["https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json"],
  samples: [{ text: "src/legacy.ts(17,3): error TS2578: Unused '@ts-expect-error' directive.", source: "https://github.com/microsoft/TypeScript/blob/main/src/compiler/diagnosticMessages.json" }],
});
