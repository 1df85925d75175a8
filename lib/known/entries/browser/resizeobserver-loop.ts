import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "browser.resizeobserver-loop",
  category: "unknown",
  // A benign notice: when a real error follows it in the paste, that error is the one to diagnose.
  match: [/ResizeObserver loop (?:completed with undelivered notifications|limit exceeded)(?![\s\S]{0,3000}?\n\s{0,10}(?:[\w.]{0,40}(?:Error|Exception)\b(?!\s*\n\s*ResizeObserver)|Uncaught (?!ResizeObserver)))/],
  title: t("ResizeObserver 在同一帧内没能处理完所有尺寸变化", "ResizeObserver could not deliver every size change within one frame"),
  summary: t("ResizeObserver 的回调改变了被观察元素的尺寸，触发了新的尺寸变化，浏览器在这一帧内不再继续派发，于是在 window 上报告这个错误。它本身不会破坏页面，常见于图表、表格、编辑器等根据容器尺寸重排的组件，开发服务器的错误遮罩和 Sentry 会把它当成错误显示。", "A ResizeObserver callback changed the size of an observed element, causing another resize; the browser stops delivering within that frame and reports this error on window. It does not break the page by itself; charts, grids and editors that relayout to their container cause it, and dev-server overlays and Sentry show it as an error."),
  causes: [t("组件在 ResizeObserver 回调里同步修改被观察元素的尺寸（第三方图表、表格、虚拟列表库常见）", "a component resizes the observed element synchronously inside its ResizeObserver callback (common in chart, grid and virtual-list libraries)")],
  solutions: [
    { title: t("在回调中推迟尺寸修改", "Defer size changes made in the callback"), steps: [t("自己的 ResizeObserver 回调里，用 requestAnimationFrame 把会改变尺寸的操作推迟到下一帧。", "In your own ResizeObserver callback, defer size-changing work to the next frame with requestAnimationFrame.")] },
    { title: t("来自第三方库时，在监控中过滤", "When a library causes it, filter it in monitoring"), steps: [t("确认页面功能正常后，在错误上报（如 Sentry 的 ignoreErrors）或开发遮罩里忽略这条消息，并升级该库。", "After checking the page works, ignore the message in error reporting (Sentry's ignoreErrors) or in the dev overlay, and upgrade the library.")] },
  ],
  docs: ["https://developer.mozilla.org/en-US/docs/Web/API/ResizeObserver#observation_errors"],
  samples: [{ text: "Uncaught runtime errors:\nERROR\nResizeObserver loop completed with undelivered notifications.", source: "https://developer.mozilla.org/en-US/docs/Web/API/ResizeObserver#observation_errors" }],
});
