import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "fastapi.uvicorn-attribute-not-found",
  category: "code.name",
  match: [/Error loading ASGI app\. Attribute "(?<attr>[\w.]{1,80})" not found in module "(?<module>[\w.]{1,120})"/],
  title: (c) => t(`模块 ${c.g.module ?? ""} 里没有名为 ${c.g.attr ?? "app"} 的对象`, `The module ${c.g.module ?? ""} has no object named ${c.g.attr ?? "app"}`),
  summary: (c) =>
    t(
      `uvicorn 成功导入了 ${c.g.module ?? "模块"}，但里面没有叫 ${c.g.attr ?? "app"} 的顶层变量。APP 参数冒号后面的部分必须是模块顶层定义的 ASGI 应用对象的名字。`,
      `uvicorn imported ${c.g.module ?? "the module"} but found no top-level variable called ${c.g.attr ?? "app"}. The part after the colon in APP must name the ASGI application object defined at module top level.`,
    ),
  causes: [
    t("应用对象的变量名不同（如 api = FastAPI() 却写了 main:app）", "the application variable has another name (api = FastAPI() but main:app was given)"),
    t("应用是在函数里创建的，模块顶层没有这个变量", "the app is created inside a function, so no such variable exists at module top level"),
  ],
  solutions: [
    {
      title: t("让冒号后的名字与代码里的变量一致", "Make the name after the colon match the variable in the code"),
      steps: [
        (c) => t(`打开 ${c.g.module ?? "该模块"} 对应的文件，确认有一行 ${c.g.attr ?? "app"} = FastAPI()（或其他 ASGI 应用），或者把命令改成实际的变量名。`, `Open the file behind ${c.g.module ?? "the module"} and check it has ${c.g.attr ?? "app"} = FastAPI() (or another ASGI app) at top level, or change the command to the real variable name.`),
      ],
    },
  ],
  docs: ["https://github.com/encode/uvicorn/issues/687", "https://aspire.dev/reference/api/go/aspire.hosting.python/adduvicornapp.md"],
  samples: [
    {
      text: "Error loading ASGI app. Attribute \"app\" not found in module \"main\".",
      source: "https://github.com/alamorre/fullstack-chat/issues/5",
    },
  ],
});
