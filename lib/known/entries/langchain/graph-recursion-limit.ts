import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "langchain.graph-recursion-limit",
  category: "resource.memory",
  match: [/Recursion limit of (?<limit>\d{1,6}) reached without hitting a stop condition/, /\bGraphRecursionError\b/],
  title: (c) => t(`LangGraph 执行了 ${c.g.limit ?? "?"} 步仍未结束（递归上限）`, `LangGraph ran ${c.g.limit ?? "?"} steps without finishing (recursion limit)`),
  summary: t(
    "LangGraph 给每次运行设了最大步数（recursion_limit，默认 25）来防止死循环；图在达到上限前没有走到结束节点，于是抛出 GraphRecursionError。",
    "LangGraph caps each run's steps (recursion_limit, 25 by default) to prevent infinite loops; the graph did not reach its end before the cap, so GraphRecursionError was raised.",
  ),
  causes: [
    t("图里有循环（如 Agent ↔ 工具）没有正确的退出条件，模型一直在调用工具", "a loop in the graph (e.g. agent ↔ tools) lacks a proper exit condition and the model keeps calling tools"),
    t("任务确实需要很多步，默认的 25 步不够", "the task genuinely needs many steps and the default 25 is not enough"),
  ],
  solutions: [
    {
      title: t("先检查循环的退出条件", "Check the loop's exit condition first"),
      steps: [t("打印每一步的状态，看是否反复调用同一个工具或条件边始终不指向 END。", "Print the state at each step to see whether the same tool is called repeatedly or a conditional edge never routes to END.")],
    },
    {
      title: t("确实需要更多步时，调大 recursion_limit", "If more steps are genuinely needed, raise recursion_limit"),
      steps: [t("在 invoke 的 config 里传 {\"recursion_limit\": 100} 之类的值。", "Pass a value such as {\"recursion_limit\": 100} in the invoke config.")],
    },
  ],
  docs: ["https://reference.langchain.com/python/langgraph/errors/GraphRecursionError", "https://docs.langchain.com/oss/python/common-errors"],
  samples: [{ text: "langgraph.errors.GraphRecursionError: Recursion limit of 25 reached without hitting a stop condition. You can increase the limit by setting the `recursion_limit` config key.\nFor troubleshooting, visit: https://python.langchain.com/docs/troubleshooting/errors/GRAPH_RECURSION_LIMIT", source: "https://reference.langchain.com/python/langgraph/errors/GraphRecursionError" }],
});
