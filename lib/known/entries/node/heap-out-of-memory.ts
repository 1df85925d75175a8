import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "node.heap-out-of-memory",
  category: "resource.memory",
  match: [/(?:Reached heap limit|Ineffective mark-compacts near heap limit|CALL_AND_RETRY_LAST) Allocation failed - JavaScript heap out of memory/, "JavaScript heap out of memory"],
  title: t("Node.js 进程用完了 V8 堆内存上限", "The Node.js process ran out of V8 heap"),
  summary: t(
    "V8 的老生代堆（old space）达到上限后垃圾回收也腾不出空间，Node.js 只能中止进程。默认上限由 V8 按机器内存决定；大项目的构建（webpack、tsc、Next.js）或内存泄漏都会撞上它。",
    "V8's old-generation heap reached its limit and garbage collection could not free enough, so Node.js aborted. V8 picks the default limit from the machine's memory; large builds (webpack, tsc, Next.js) and memory leaks both hit it.",
  ),
  causes: [
    t("构建或批处理任务需要的内存超过默认堆上限（项目变大、source map、一次处理太多文件）", "a build or batch job needs more than the default heap (a grown project, source maps, too many files at once)"),
    t("内存泄漏：缓存、全局数组或事件监听器不断增长，长时间运行的服务最终耗尽堆", "a memory leak: a cache, global array or listeners keep growing until a long-running service exhausts the heap"),
    t("容器或 CI 机器内存太小，即使调高堆上限也没有可用的物理内存", "the container or CI machine is too small, so even a raised heap limit has no physical memory behind it"),
  ],
  solutions: [
    {
      title: t("用 --max-old-space-size 调高堆上限", "Raise the heap limit with --max-old-space-size"),
      steps: [t("单位是 MiB。通过 NODE_OPTIONS 传给构建命令；数值要小于机器（或容器）实际可用内存。", "The value is in MiB. Pass it to the build through NODE_OPTIONS, and keep it below the memory the machine (or container) really has.")],
      code: () => block("bash", ['export NODE_OPTIONS="--max-old-space-size=4096"', "npm run build"]),
    },
    {
      title: t("如果是长期运行的服务，先查泄漏", "For a long-running service, look for a leak first"),
      steps: [t("调高上限只会推迟崩溃。用 node --heapsnapshot-near-heap-limit=2 在接近上限时生成堆快照，用 Chrome DevTools 的 Memory 面板对比哪些对象在增长。", "A higher limit only delays the crash. Run node with --heapsnapshot-near-heap-limit=2 to write heap snapshots near the limit and compare what grows in Chrome DevTools' Memory panel.")],
    },
  ],
  docs: ["https://github.com/nodejs/node/blob/main/doc/api/cli.md"],
  samples: [
    {
      text: "<--- Last few GCs --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n 1: 0x100b6cbf4 node::Abort() [/Users/me/.nvm/versions/node/v20.10.0/bin/node]\n 3: 0x100cf0da8 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [/Users/me/.nvm/versions/node/v20.10.0/bin/node]",
      source: "https://github.com/slidevjs/slidev/issues/1790",
    },
  ],
});
