import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "react.target-container-not-dom",
  category: "unknown",
  match: [/(?:createRoot\(\.\.\.\)|hydrateRoot\(\.\.\.\)|render\(\.\.\.\)|_registerComponent\(\.\.\.\))?:? ?Target container is not a DOM element/, /Minified React error #(?:200|299)\b/],
  title: t("挂载 React 的容器元素不存在", "The container React should mount into does not exist"),
  summary: t("createRoot(document.getElementById(\"root\")) 拿到的不是 DOM 元素：页面里没有这个 id 的元素，或者脚本在元素出现之前就执行了。", "createRoot(document.getElementById(\"root\")) did not receive a DOM element: the page has no element with that id, or the script ran before the element existed."),
  causes: [t("index.html 里的容器 id 与代码里的不一致", "the container id in index.html differs from the one in the code"), t("<script> 放在 <head> 且没有 defer/type=\"module\"，执行时 <body> 还没解析", "the <script> sits in <head> without defer or type=\"module\", so <body> is not parsed yet when it runs")],
  solutions: [{ title: t("确认容器存在，并在 DOM 解析后执行脚本", "Make sure the container exists and the script runs after the DOM is parsed"), steps: [t("核对 index.html 中 <div id=\"root\"> 与代码中的 id；把脚本放到 body 末尾，或使用 defer / type=\"module\"。", "Match <div id=\"root\"> in index.html with the id in the code; put the script at the end of body, or use defer / type=\"module\".")] }],
  docs: ["https://github.com/facebook/react/blob/main/scripts/error-codes/codes.json"],
  samples: [{ text: "Uncaught Error: createRoot(...): Target container is not a DOM element.\n    at createRoot (react-dom.development.js:29345:11)", source: "https://github.com/facebook/react/blob/main/scripts/error-codes/codes.json" }],
});
