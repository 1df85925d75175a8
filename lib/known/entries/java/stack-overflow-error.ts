import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "java.stack-overflow-error",
  category: "resource.memory",
  match: [/java\.lang\.StackOverflowError/, /Exception in thread "[^"\n]{1,100}" StackOverflowError/],
  title: t("调用栈溢出（StackOverflowError）", "Call stack overflow (StackOverflowError)"),
  summary: t(
    "线程的调用栈用完了：应用递归得太深。绝大多数情况是没有终止条件（或终止条件永远达不到）的递归，堆栈里会看到同一组方法反复出现。",
    "The thread's call stack ran out because the application recursed too deeply. Almost always it is recursion without a reachable base case; the stack trace shows the same few methods repeating.",
  ),
  causes: [
    t("递归缺少终止条件，或终止条件永远不成立", "recursion with no base case, or one that is never reached"),
    t("两个方法互相调用形成环（例如两个对象的 toString()/hashCode() 互相引用对方）", "two methods calling each other in a cycle (e.g. two objects whose toString()/hashCode() call each other)"),
  ],
  solutions: [
    {
      title: t("在堆栈里找出反复出现的方法并打断循环", "Find the repeating methods in the stack trace and break the cycle"),
      steps: [
        t("看堆栈中循环出现的那几帧：补上递归终止条件，或者把递归改成循环。", "Look at the frames that repeat: add the missing base case, or turn the recursion into a loop."),
        t("如果环出现在两个对象互相引用的 toString/hashCode 里，让其中一侧不再包含对方。", "If the cycle is in toString/hashCode of two objects referencing each other, leave the other object out on one side."),
      ],
    },
  ],
  docs: ["https://developer.android.google.cn/reference/java/lang/StackOverflowError"],
  samples: [{ text: 'Exception in thread "main" java.lang.StackOverflowError\n\tat com.example.Node.hashCode(Node.java:42)\n\tat com.example.Edge.hashCode(Edge.java:17)\n\tat com.example.Node.hashCode(Node.java:42)', source: "https://developer.android.google.cn/reference/java/lang/StackOverflowError" }],
});
