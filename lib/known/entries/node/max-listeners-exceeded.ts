import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "node.max-listeners-exceeded",
  category: "unknown",
  // Only when the warning is the whole story: a real error printed after it is the thing to diagnose.
  match: [/MaxListenersExceededWarning: Possible EventEmitter memory leak detected\. (?<count>\d{1,6}) (?<event>[^\s]{1,80}) listeners added to (?<target>[^\n.]{1,120})(?![\s\S]{0,3000}?\n\s{0,10}(?:[\w.]{0,40}(?:Error|Exception)\b|Uncaught|FATAL|npm (?:ERR!|error)))/],
  title: (c) => (c.g.event ? t(`同一个对象上注册了 ${c.g.count} 个 ${ic(c.g.event)} 监听器，疑似泄漏`, `${c.g.count} ${ic(c.g.event)} listeners on one emitter: a likely leak`) : t("EventEmitter 监听器数量超过上限，疑似泄漏", "Too many listeners on an EventEmitter: a likely leak")),
  summary: t(
    "Node.js 默认在同一个事件上的监听器超过 10 个时发出这个警告。它本身不报错，但通常说明代码在循环、每次请求或每次重连时都 on() 一个新监听器却从不移除，监听器和它们引用的对象会不断累积。",
    "Node.js warns when one event gets more than 10 listeners (the default limit). It is not an error by itself, but usually means code calls on() in a loop, per request or per reconnect without ever removing the listener, so listeners and what they reference pile up.",
  ),
  causes: [t("在循环、请求处理或重连逻辑里重复调用 on()/addListener()，没有对应的 off()/removeListener()", "on()/addListener() is called repeatedly in a loop, a request handler or reconnect logic without a matching off()/removeListener()"), t("确实需要很多监听器（例如多个模块都监听 process 的 exit），默认上限偏低", "many listeners are legitimately needed (several modules listening to process exit, say) and the default limit is low")],
  solutions: [
    { title: t("找出重复注册的位置并移除监听器", "Find the repeated registration and remove listeners"), steps: [t("用 node --trace-warnings 运行，看警告的堆栈定位到调用 on() 的代码；只需要一次的用 once()，用完后调用 off()/removeListener()。", "Run with node --trace-warnings to get the stack that registered the listener; use once() for one-off handlers and call off()/removeListener() when done.")] },
    { title: t("确认不是泄漏时再调高上限", "Raise the limit only when it is not a leak"), steps: [t("emitter.setMaxListeners(n) 只影响这个对象；不要设为 0（无限）来掩盖真正的泄漏。", "emitter.setMaxListeners(n) affects only that emitter; do not set it to 0 (unlimited) to hide a real leak.")] },
  ],
  docs: ["https://github.com/nodejs/node/blob/main/doc/api/events.md"],
  samples: [{ text: "(node:12345) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 exit listeners added to [process]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit\n(Use `node --trace-warnings ...` to show where the warning was created)", source: "https://github.com/nodejs/node/blob/main/doc/api/events.md" }],
});
