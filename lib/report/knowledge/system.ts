/** Resources, the file system, databases, git, containers — and the catch-all. */
import { block, ecoOf, ic, inline, q, say, shq } from "../code/util";
import type { CodeBlock } from "../schema";
import type { Facts, KnowledgeEntry, Lang } from "../types";
import { t } from "../types";
import { requestIdItem, whereText } from "./common";

const where = (f: Facts) => whereText(f);

/* ---------- resource.memory ---------- */

type MemKind = "cuda" | "node-heap" | "java-heap" | "killed" | "recursion" | "stack" | "ollama" | "python" | "generic";

function memKind(f: Facts): MemKind {
  if (f.has(/CUDA out of memory|OutOfMemoryError: CUDA|CUBLAS_STATUS_ALLOC_FAILED|out of memory on device|torch\.cuda\.OutOfMemoryError/i)) return "cuda";
  if (f.memoryNeed || f.has(/model requires more system memory/)) return "ollama";
  if (f.has(/JavaScript heap out of memory|Reached heap limit|Allocation failed - JavaScript heap/)) return "node-heap";
  if (f.has(/java\.lang\.OutOfMemoryError|GC overhead limit exceeded|Java heap space|Metaspace/)) return "java-heap";
  if (f.has(/RecursionError|maximum recursion depth/)) return "recursion";
  if (f.has(/Maximum call stack size exceeded|StackOverflowError|stack overflow|has overflowed its stack/)) return "stack";
  if (f.has(/\bKilled\b|exit code 137|OOMKilled|signal 9|Out of memory: Killed process/)) return "killed";
  if (f.has(/MemoryError|Unable to allocate/)) return "python";
  return "generic";
}

function memoryFixCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  switch (memKind(f)) {
    case "cuda":
      return block("python", [
        "import torch",
        "",
        s("# 1) 先把 batch size 减半，直到不再 OOM", "# 1) halve the batch size until it stops running out of memory"),
        "batch_size = 8",
        "",
        s("# 2) 混合精度：显存占用约减半", "# 2) mixed precision: roughly halves activation memory"),
        'with torch.autocast(device_type="cuda", dtype=torch.float16):',
        "    loss = model(inputs).loss",
        "",
        s("# 3) 推理时不要保存梯度", "# 3) do not keep gradients during inference"),
        "with torch.no_grad():",
        "    outputs = model(inputs)",
        "",
        s("# 4) 不要把带梯度的张量累积到列表里：取 .item() 或 .detach()", "# 4) never accumulate graph-attached tensors in a list: use .item() or .detach()"),
        "total_loss += loss.item()",
        "",
        s("# 5) 显存碎片多时（reserved 远大于 allocated）", "# 5) with heavy fragmentation (reserved much larger than allocated)"),
        "# export PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True",
      ]);
    case "node-heap":
      return block("bash", [
        s("# 提高 V8 老生代堆上限（单位 MB）；构建工具（webpack/vite/next build）同样适用", "# raise V8's old-space heap limit (MB); also works for build tools (webpack/vite/next build)"),
        'export NODE_OPTIONS="--max-old-space-size=4096"',
        "npm run build",
        "",
        s("# Docker 构建里同样要设置（RUN 或 ENV）", "# set it inside Docker builds too (RUN or ENV)"),
        "# ENV NODE_OPTIONS=--max-old-space-size=4096",
        "",
        s("# 如果内存一直涨：生成堆快照找泄漏", "# if memory keeps growing: take heap snapshots to find the leak"),
        "node --heapsnapshot-signal=SIGUSR2 app.js",
      ]);
    case "java-heap":
      return block("bash", [
        s("# 调大堆（按机器/容器内存设置，留出非堆内存）", "# raise the heap (size it to the machine/container, leaving room off-heap)"),
        "java -Xms512m -Xmx2g -jar app.jar",
        s("# 容器里按比例设置", "# inside containers, size it relative to the limit"),
        "java -XX:MaxRAMPercentage=75 -jar app.jar",
        s("# OOM 时自动导出堆转储，用 Eclipse MAT 分析谁占了内存", "# dump the heap on OOM and analyse it with Eclipse MAT"),
        "java -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/tmp -jar app.jar",
      ]);
    case "killed":
      return block("bash", [
        s("# 确认是被内核 OOM killer 杀掉的", "# confirm the kernel's OOM killer did it"),
        "sudo dmesg -T | grep -i -E 'killed process|out of memory' | tail",
        s("# Docker：容器是否因内存限制被杀（OOMKilled=true）", "# Docker: was the container killed for its memory limit (OOMKilled=true)?"),
        "docker inspect your-container | grep -i oomkilled",
        s("# 放宽限制（compose 里是 deploy.resources.limits.memory）", "# raise the limit (deploy.resources.limits.memory in compose)"),
        "docker run -m 4g your-image",
        s("# Kubernetes：提高 resources.limits.memory 并查看事件", "# Kubernetes: raise resources.limits.memory and read the events"),
        s("# 先用 kubectl get pods 找到 Pod 名", "# find the pod's name with kubectl get pods first"),
        'POD="${POD:?set POD to the pod name}"',
        "kubectl describe pod \"$POD\" | grep -A3 -i 'last state'",
      ]);
    case "recursion":
      return block("python", [
        s("# 递归太深：改成显式栈/循环（比调大递归上限更可靠）", "# too deep: switch to an explicit stack/loop (more reliable than raising the limit)"),
        "def walk(root):",
        "    stack = [root]",
        "    while stack:",
        "        node = stack.pop()",
        "        yield node",
        "        stack.extend(node.children)",
        "",
        s("# 确认递归确实有终止条件后，临时放宽上限（默认 1000）", "# once the recursion surely terminates, raise the limit as a stopgap (default 1000)"),
        "import sys",
        "sys.setrecursionlimit(10_000)",
      ]);
    case "stack":
      return ecoOf(f) === "java"
        ? block("bash", [s("# 先检查递归终止条件/互相调用的 getter、toString、equals；确实需要更深的栈时调大线程栈", "# first check termination and mutually recursive getters/toString/equals; if deep recursion is legitimate, enlarge the thread stack"), "java -Xss4m -jar app.jar"])
        : block("javascript", [
            s("// 最常见：无限递归——函数/getter/setter 调用了自己，或 React 组件在渲染中 setState", "// most common: infinite recursion — a function/getter/setter calling itself, or a React component calling setState while rendering"),
            "class User {",
            "  get name() {",
            s("    return this._name; // 不是 this.name（那会无限调用自己）", "    return this._name; // not this.name (that calls itself forever)"),
            "  }",
            "}",
            "",
            s("// useEffect 里更新状态必须有依赖数组，否则每次渲染都会再触发", "// useEffect that sets state needs a dependency array, or every render re-triggers it"),
            "useEffect(() => {",
            "  setCount((c) => c + 1);",
            "}, []);",
          ]);
    case "ollama": {
      const need = f.memoryNeed;
      return block("bash", [
        need ? s(`# 模型需要 ${need.need}，可用只有 ${need.available}：换一个更小/量化程度更高的模型`, `# the model needs ${need.need} but only ${need.available} is free: use a smaller or more quantised model`) : s("# 换一个更小/量化程度更高的模型", "# use a smaller or more quantised model"),
        s("# 查看模型大小与当前已加载的模型（已加载的模型也占内存）", "# check model sizes and what is loaded (loaded models hold memory too)"),
        "ollama list && ollama ps",
        s("# 卸载一个已加载的模型：ollama stop 模型名（名字取自 ollama ps 的输出）", "# unload a loaded model: ollama stop NAME (a name from ollama ps)"),
        s("# Docker Desktop / WSL2：在设置或 ~/.wslconfig 里调大分配给虚拟机的内存", "# Docker Desktop / WSL2: give the VM more memory in settings or ~/.wslconfig"),
        "# [wsl2]",
        "# memory=12GB",
      ]);
    }
    default:
      return block("python", [
        s("# 分块处理大文件，而不是一次性读进内存", "# process large files in chunks instead of loading them whole"),
        "import pandas as pd",
        "",
        'for chunk in pd.read_csv("big.csv", chunksize=100_000):',
        "    process(chunk)",
        "",
        s("# 用更省内存的类型", "# use smaller dtypes"),
        'df = pd.read_csv("big.csv", dtype={"id": "int32", "category": "category"})',
      ]);
  }
}

export const resourceMemory: KnowledgeEntry = {
  category: "resource.memory",
  // Not a message any known-error entry answers, so this test exercises the category template itself.
  example: "Traceback (most recent call last):\n  File \"prep.py\", line 12, in <module>\n    grid = np.zeros((100000, 100000))\nnumpy.core._exceptions._ArrayMemoryError: Unable to allocate 74.5 GiB for an array with shape (100000, 100000) and data type float64",
  subject: (f) => (f.memoryNeed ? `${f.memoryNeed.need} > ${f.memoryNeed.available}` : memKind(f) === "cuda" ? "CUDA" : f.exception),
  gist: (f) => {
    switch (memKind(f)) {
      case "cuda":
        return t("GPU 显存不够分配这次需要的张量。", "The GPU has not enough free memory for the tensors this step needs.");
      case "ollama":
        return t(`模型需要的内存${f.memoryNeed ? `（${f.memoryNeed.need}）` : ""}超过了当前可用内存${f.memoryNeed ? `（${f.memoryNeed.available}）` : ""}。`, `The model needs more memory${f.memoryNeed ? ` (${f.memoryNeed.need})` : ""} than is available${f.memoryNeed ? ` (${f.memoryNeed.available})` : ""}.`);
      case "recursion":
      case "stack":
        return t("调用栈溢出：递归太深，通常是没有正确终止的递归。", "The call stack overflowed: recursion too deep, usually recursion that never stops.");
      case "killed":
        return t("进程因为内存超限被系统（或容器运行时）强制杀掉了。", "The process was killed by the system (or container runtime) for exceeding its memory.");
      case "node-heap":
        return t("Node 的 V8 堆内存达到了上限，进程崩溃退出。", "Node's V8 heap reached its limit and the process crashed.");
      case "java-heap":
        return t("JVM 的堆内存用完了（或 GC 已经回收不出内存）。", "The JVM ran out of heap (or GC can no longer free any).");
      default:
        return t("程序申请的内存超过了允许的上限。", "The program asked for more memory than it is allowed.");
    }
  },
  summary: (f) => {
    switch (memKind(f)) {
      case "cuda":
        return t("PyTorch 在 GPU 上分配张量时显存不足。占用显存的主要是：模型参数、一个 batch 的激活值（与 batch size、序列长度、图像分辨率成正比）、优化器状态，以及不小心保留下来的计算图。最有效的手段依次是：减小 batch size、混合精度、推理时 `no_grad`、梯度累积/梯度检查点。", "PyTorch ran out of GPU memory while allocating a tensor. Memory goes to the model parameters, one batch of activations (proportional to batch size, sequence length, image resolution), optimizer state, and computation graphs kept by accident. In order of impact: smaller batch size, mixed precision, `no_grad` for inference, gradient accumulation/checkpointing.");
      case "node-heap":
        return t("Node（V8）的堆内存达到上限（默认约 2–4 GB，取决于版本和机器）。构建大型前端项目时常见，调大 `--max-old-space-size` 即可；如果是长期运行的服务内存持续上涨，则是内存泄漏。", "Node's (V8) heap hit its limit (about 2–4 GB by default depending on version and machine). Common when building large front ends — raise `--max-old-space-size`; if a long-running server keeps growing, it is a leak.");
      case "java-heap":
        return t("JVM 堆空间耗尽（或 GC 花了绝大部分时间却回收不到内存）。要么 -Xmx 设得太小，要么程序持有了过多对象（大集合、缓存不过期、一次性加载全表）。", "The JVM heap is exhausted (or GC spends almost all its time reclaiming nothing). Either -Xmx is too small or the program holds too many objects (huge collections, caches that never expire, loading a whole table at once).");
      case "killed":
        return t("“Killed” / exit code 137 表示进程收到了 SIGKILL：最常见的是 Linux 的 OOM killer 或 Docker/Kubernetes 的内存限制。程序自己不会打印任何错误，需要看系统日志或容器状态确认。", "\"Killed\" / exit code 137 means SIGKILL: most often Linux's OOM killer or a Docker/Kubernetes memory limit. The program prints nothing itself; confirm via system logs or the container state.");
      case "recursion":
        return t("Python 默认递归深度上限是 1000。超过它通常意味着递归没有正确终止（终止条件写错、数据里有环），少数情况是数据确实很深（深层嵌套的树/JSON），应该改成迭代。", "Python's default recursion limit is 1000. Exceeding it usually means the recursion does not terminate (a wrong base case, cycles in the data); occasionally the data is genuinely deep (nested trees/JSON) and the code should iterate.");
      case "stack":
        return t("调用栈溢出几乎总是无限递归：函数直接或间接调用了自己且没有终止（getter 里访问同名属性、toString/equals 互相调用、React 渲染中 setState）。", "A stack overflow is almost always infinite recursion: a function calling itself directly or indirectly without stopping (a getter reading its own property, toString/equals calling each other, setState during a React render).");
      case "ollama":
        return t(`Ollama 加载模型前会检查可用内存：这个模型（含上下文缓存）需要 ${f.memoryNeed?.need ?? "更多内存"}，系统只剩 ${f.memoryNeed?.available ?? "不够的内存"}。在 Docker/WSL 里运行时，“可用内存”是虚拟机分到的内存，而不是整台电脑的。`, `Ollama checks free memory before loading: this model (with its context cache) needs ${f.memoryNeed?.need ?? "more memory"} and only ${f.memoryNeed?.available ?? "less"} is free. Under Docker/WSL the free memory is what the VM was given, not the whole machine's.`);
      default:
        return t("程序需要的内存超过了可用内存。先判断是数据量确实太大（改为分块/流式处理），还是内存泄漏（用量随时间持续上涨）。", "The program needs more memory than is available. First decide whether the data is genuinely too big (process it in chunks/streams) or memory leaks (usage keeps rising over time).");
    }
  },
  causes: [
    (f) => memKind(f) === "cuda" && t("batch size / 输入分辨率 / 序列长度太大。", "Batch size, input resolution or sequence length is too large."),
    (f) => memKind(f) === "cuda" && t("把 loss 等带计算图的张量累积到列表或日志里，计算图无法释放。", "Graph-attached tensors (e.g. loss) are accumulated in lists or logs, so graphs are never freed."),
    (f) => memKind(f) === "cuda" && t("同一块 GPU 上还有其他进程（另一个训练、Jupyter 内核）占着显存。", "Other processes (another training run, a Jupyter kernel) hold memory on the same GPU."),
    (f) => memKind(f) === "ollama" && t("模型参数量太大或量化程度太低（如 fp16 / q8），或同时加载了多个模型。", "The model is too large or too lightly quantised (fp16 / q8), or several models are loaded at once."),
    (f) => memKind(f) === "killed" && t("容器/Pod 的内存限制小于程序实际需要。", "The container/Pod memory limit is below what the program needs."),
    (f) => (memKind(f) === "recursion" || memKind(f) === "stack") && t("递归没有终止条件，或数据中存在环（父子互相引用）。", "The recursion has no working base case, or the data contains a cycle."),
    t("一次性把大文件/全表数据读进内存。", "A large file or a whole table is loaded into memory at once."),
    t("缓存、全局列表只增不减（内存泄漏）。", "Caches or global lists only grow (a leak)."),
  ],
  solutions: [
    {
      title: (f) => {
        switch (memKind(f)) {
          case "cuda":
            return t("降低显存占用", "Use less GPU memory");
          case "node-heap":
            return t("调大 Node 堆上限", "Raise Node's heap limit");
          case "java-heap":
            return t("调整 JVM 堆并导出堆转储", "Size the JVM heap and capture a heap dump");
          case "killed":
            return t("确认 OOM 并放宽内存限制", "Confirm the OOM kill and raise the memory limit");
          case "recursion":
          case "stack":
            return t("修正递归：确保终止，或改成迭代", "Fix the recursion: make it terminate, or iterate");
          case "ollama":
            return t("换更小的模型，或给运行环境更多内存", "Use a smaller model, or give the runtime more memory");
          default:
            return t("分块/流式处理数据", "Process the data in chunks or streams");
        }
      },
      steps: [
        (f) => {
          switch (memKind(f)) {
            case "cuda":
              return t("先把 batch size 减半；训练用 `torch.autocast` 混合精度；推理包在 `torch.no_grad()` 里；需要大 batch 效果时用梯度累积。", "Halve the batch size; train with `torch.autocast` mixed precision; wrap inference in `torch.no_grad()`; use gradient accumulation when you need a large effective batch.");
            case "node-heap":
              return t("设置 `NODE_OPTIONS=--max-old-space-size=4096`（按机器内存调整）后重新运行；CI/Docker 里也要设置。", "Set `NODE_OPTIONS=--max-old-space-size=4096` (sized to the machine) and rerun; set it in CI/Docker too.");
            case "java-heap":
              return t("按可用内存设置 `-Xmx`，并打开 `-XX:+HeapDumpOnOutOfMemoryError`，用 Eclipse MAT 查看哪些对象占满了堆。", "Set `-Xmx` to fit the available memory and enable `-XX:+HeapDumpOnOutOfMemoryError`; open the dump in Eclipse MAT to see what fills the heap.");
            case "killed":
              return t("`dmesg` 里看到 “Killed process … (你的程序)” 或容器 `OOMKilled=true` 就确认了原因；调大内存限制，或降低程序的峰值内存。", "If `dmesg` shows \"Killed process … (your program)\" or the container reports `OOMKilled=true`, that is the cause; raise the limit or lower the program's peak memory.");
            case "recursion":
            case "stack":
              return t(`${f.frame ? `从${ic(`${f.frame.file}:${f.frame.line}`)}开始，` : ""}在调用栈里找重复出现的函数：那就是递归的位置；检查它的终止条件和输入数据里是否有环。`, `${f.frame ? `Starting at ${ic(`${f.frame.file}:${f.frame.line}`)}, ` : ""}find the function that repeats in the stack trace: that is the recursion; check its base case and whether the data has a cycle.`);
            case "ollama":
              return t("换用更小的模型或更高的量化（q4_K_M 等），关闭已加载的其他模型（`ollama ps` / `ollama stop`），或增加 Docker/WSL 可用内存。", "Pick a smaller model or stronger quantisation (q4_K_M …), unload other models (`ollama ps` / `ollama stop`), or give Docker/WSL more memory.");
            default:
              return t("不要一次性加载全部数据：按块读取、使用生成器/流、数据库分页查询。", "Do not load everything at once: read in chunks, use generators/streams, paginate database queries.");
          }
        },
      ],
      code: (f, lang) => memoryFixCode(f, lang),
    },
    {
      title: t("观察内存：是峰值太高，还是持续泄漏", "Watch memory: a high peak or a steady leak?"),
      steps: [
        t("运行时观察内存曲线：随数据量一次性冲高是峰值问题；随时间只涨不降是泄漏。", "Watch the memory curve: a spike with data size is a peak problem; a curve that only rises over time is a leak."),
        (f) => (memKind(f) === "cuda" ? t("`nvidia-smi` 看其他进程是否占着显存；`torch.cuda.memory_summary()` 看 PyTorch 的分配情况。", "`nvidia-smi` shows other processes holding GPU memory; `torch.cuda.memory_summary()` shows PyTorch's allocations.") : t("Linux 用 `top`/`htop`，容器用 `docker stats`，Python 用 tracemalloc，Node 用 `--inspect` 的内存快照。", "Use `top`/`htop` on Linux, `docker stats` for containers, tracemalloc in Python, heap snapshots via `--inspect` in Node.")),
      ],
      code: (f, lang) =>
        memKind(f) === "cuda"
          ? block("bash", ["nvidia-smi", say(lang)("# 每秒刷新一次", "# refresh every second"), "watch -n 1 nvidia-smi"])
          : ecoOf(f) === "python"
            ? block("python", ["import tracemalloc", "", "tracemalloc.start()", "run_job()", 'for stat in tracemalloc.take_snapshot().statistics("lineno")[:10]:', "    print(stat)"])
            : block("bash", ["docker stats --no-stream", "free -h", "ps aux --sort=-%mem | head"]),
    },
  ],
  prevention: [
    t("为服务和容器设置合理的内存上限与监控告警。", "Set sensible memory limits and alerts for services and containers."),
    t("处理大数据时默认使用流式/分块的 API。", "Default to streaming/chunked APIs for large data."),
    t("缓存设置容量上限和过期时间。", "Give caches a size limit and an expiry."),
  ],
  tools: [
    (f) => (memKind(f) === "cuda" ? t("nvidia-smi / torch.cuda.memory_summary()", "nvidia-smi / torch.cuda.memory_summary()") : memKind(f) === "java-heap" ? t("Eclipse MAT / VisualVM / jcmd GC.heap_info", "Eclipse MAT / VisualVM / jcmd GC.heap_info") : t("htop / docker stats / dmesg", "htop / docker stats / dmesg")),
    t("tracemalloc / memray（Python）、Chrome DevTools 内存快照（Node）", "tracemalloc / memray (Python), Chrome DevTools heap snapshots (Node)"),
  ],
};

/* ---------- fs.not_found ---------- */

const isRelative = (p: string | null) => Boolean(p && !/^(?:[A-Za-z]:[\\/]|\/|~|\\\\)/.test(p));

function fsNotFoundCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  const p = f.path ?? "config.json";
  // An absolute path is used as it is; a relative one is anchored at the source file.
  const isAbsolute = Boolean(f.path) && !isRelative(f.path) && !/\.jar!/.test(p);
  const rel = isRelative(f.path) ? p : p.replace(/^.*[\\/]/, "");
  switch (ecoOf(f)) {
    case "node":
      return block("javascript", [
        'import fs from "node:fs";',
        'import path from "node:path";',
        "",
        s("// 相对路径是相对于 process.cwd()（启动命令所在目录），不是当前文件：改为相对于代码文件定位", "// relative paths resolve against process.cwd() (where you started), not this file: resolve from the source file instead"),
        isAbsolute ? `const file = ${q(p)};` : `const file = path.join(import.meta.dirname, ${q(rel)}); // ${s("CommonJS 用 __dirname", "CommonJS: __dirname")}`,
        "console.log(process.cwd(), file, fs.existsSync(file));",
        "",
        s("// 写文件前确保目录存在", "// make sure the directory exists before writing"),
        "fs.mkdirSync(path.dirname(file), { recursive: true });",
      ]);
    case "java":
      return block("java", [
        s("// 打包进 jar 的资源不能用 File/FileInputStream 读取（jar 里的路径不是文件），要用类路径读取", "// resources inside a jar are not files: read them from the classpath, not with File/FileInputStream"),
        `try (InputStream in = getClass().getResourceAsStream(${q("/" + rel.replace(/^.*!\//, "").replace(/^\//, ""))})) {`,
        "    Objects.requireNonNull(in, \"resource missing from the classpath\");",
        "    Properties props = new Properties();",
        "    props.load(in);",
        "}",
        s("// 外部文件：打印绝对路径确认它在哪里找", "// external files: print the absolute path being looked up"),
        `System.out.println(new java.io.File(${q(rel)}).getAbsolutePath());`,
      ]);
    case "go":
      return block("go", [s("// 相对路径相对于进程工作目录；打印出来确认", "// relative paths resolve against the working directory; print it"), "wd, _ := os.Getwd()", `fmt.Println(wd, filepath.Join(wd, ${q(isAbsolute ? p : rel)}))`, `if err := os.MkdirAll(filepath.Dir(${q(isAbsolute ? p : rel)}), 0o755); err != nil {`, "\tlog.Fatal(err)", "}"]);
    default:
      return block("python", [
        "from pathlib import Path",
        "",
        isAbsolute ? s("# 这是绝对路径：确认它存在；要写入时先建好父目录", "# an absolute path: check it exists; before writing, create its parent directory") : s("# 相对路径是相对于“运行命令时所在的目录”，不是脚本所在目录：改为相对于脚本定位", "# relative paths resolve against the directory you ran from, not the script's: resolve from the script instead"),
        isAbsolute ? null : "BASE_DIR = Path(__file__).resolve().parent",
        isAbsolute ? `path = Path(${q(p)}).expanduser()` : `path = BASE_DIR / ${q(rel)}`,
        'print("cwd:", Path.cwd(), "| looking for:", path, "| exists:", path.exists())',
        "",
        s("# 要写入的文件：先创建父目录", "# for files you write: create the parent directory first"),
        "path.parent.mkdir(parents=True, exist_ok=True)",
      ]);
  }
}

export const fsNotFound: KnowledgeEntry = {
  category: "fs.not_found",
  example: "Traceback (most recent call last):\n  File \"/app/utils.py\", line 56, in save_config\n    with open(CONFIG_FILE, \"w\", encoding=\"utf8\") as f:\nFileNotFoundError: [Errno 2] No such file or directory: '/home/user/.clockwork/config.json'",
  subject: (f) => (f.path ? inline(f.path, 80) : null),
  gist: (f) => t(`路径${f.path ? ` ${f.path}` : ""}不存在：要读取的文件没有，或者要写入的文件所在的目录不存在。`, `The path${f.path ? ` ${f.path}` : ""} does not exist: the file to read is missing, or the directory of the file to write does not exist.`),
  summary: (f) => {
    const writing = f.has(/open\([^)\n]{0,200}["'][wax]\+?b?["']|writeFile|mkdir|rename|copy|save|"w"/);
    if (f.has(/\.jar!\//)) return t(`路径里有 \`.jar!/\`：程序试图用普通文件 API 读取打包在 jar 里的资源（${ic(f.path ?? "")}）。jar 内的内容不是磁盘上的文件，需要用 \`getResourceAsStream\` 从类路径读取，或把配置文件放在 jar 外面并用绝对路径/启动参数指定。`, `The path contains \`.jar!/\`: the program reads a resource packed in the jar (${ic(f.path ?? "")}) with a plain file API. Content inside a jar is not a file on disk; read it from the classpath with \`getResourceAsStream\`, or keep the config outside the jar and pass its path explicitly.`);
    if (writing) return t(`要写入的文件${f.path ? ` ${ic(f.path)}` : ""}所在的目录不存在。写文件不会自动创建父目录——先 \`mkdir -p\` / \`Path.mkdir(parents=True)\`。`, `The directory of the file being written${f.path ? ` (${ic(f.path)})` : ""} does not exist. Writing a file never creates parent directories: create them first (\`mkdir -p\` / \`Path.mkdir(parents=True)\`).`);
    if (isRelative(f.path)) return t(`${ic(f.path ?? "")} 是相对路径，它相对的是“启动程序时所在的目录”（当前工作目录），而不是代码文件所在的目录。在别的目录启动、IDE 的工作目录不同、用 cron/systemd 启动时，相对路径都会指向错误的位置。`, `${ic(f.path ?? "")} is relative, and relative paths resolve against the directory the program was started from (the working directory), not the source file's. Starting from another directory, an IDE with another working directory, or cron/systemd all make it point elsewhere.`);
    return t(`文件或目录${f.path ? ` ${ic(f.path)}` : ""}不存在：路径拼写（大小写）不对、文件还没生成、被移动/删除，或程序在另一台机器/容器里运行，那里没有这个文件。`, `The file or directory${f.path ? ` ${ic(f.path)}` : ""} does not exist: a misspelled path (case matters), a file not generated yet, moved/deleted, or the program runs on another machine/container without it.`);
  },
  causes: [
    (f) => isRelative(f.path) && t("相对路径基于当前工作目录：换了启动目录就找不到。", "Relative paths depend on the working directory: a different start directory breaks them."),
    t("要写入的文件的父目录不存在（写文件不会自动创建目录）。", "The parent directory of the file being written does not exist (writing never creates it)."),
    t("路径拼写或大小写错误（Linux/macOS 的部分文件系统区分大小写；Windows 路径里的反斜杠需要转义或使用原始字符串）。", "A misspelled path or wrong case (Linux is case-sensitive; Windows backslashes need escaping or raw strings)."),
    t("在 Docker/服务器上运行，文件没有复制进镜像或没有挂载卷。", "Running in Docker/on a server where the file was not copied into the image or mounted."),
    (f) => where(f),
  ],
  solutions: [
    {
      title: t("用基于代码文件的绝对路径，并在写入前创建目录", "Build absolute paths from the source file and create directories before writing"),
      steps: [
        (f) => (f.path ? t(`报错的路径是 ${ic(f.path)}；打印当前工作目录和解析后的绝对路径，确认程序到底在哪里找。`, `The failing path is ${ic(f.path)}; print the working directory and the resolved absolute path to see where the program really looks.`) : t("打印当前工作目录和解析后的绝对路径，确认程序到底在哪里找。", "Print the working directory and the resolved absolute path to see where the program really looks.")),
        t("读配置/数据文件时，路径相对于代码文件（`__file__`、`import.meta.dirname`）构造，而不是依赖启动目录。", "Build paths to config/data files relative to the source file (`__file__`, `import.meta.dirname`), not to the start directory."),
        t("写文件前创建父目录（`mkdir(parents=True, exist_ok=True)` / `mkdirSync(..., { recursive: true })`）。", "Create parent directories before writing (`mkdir(parents=True, exist_ok=True)` / `mkdirSync(..., { recursive: true })`)."),
      ],
      code: (f, lang) => fsNotFoundCode(f, lang),
    },
    {
      title: t("在命令行确认文件是否真的存在", "Check on the command line that the file really exists"),
      steps: [
        t("在运行程序的同一个环境（同一台机器/同一个容器）里检查，本机有不代表容器里有。", "Check in the same environment as the program (same machine/container): having it locally does not put it in the container."),
        t("Docker 里缺文件：在 Dockerfile 用 `COPY` 加进镜像，或用 `-v` 挂载目录。", "Missing inside Docker: `COPY` it in the Dockerfile, or mount the directory with `-v`."),
      ],
      code: (f, lang) => {
        const s = say(lang);
        const p = f.path ?? "config.json";
        return block("bash", [
          "pwd",
          `ls -la ${shq(p)}`,
          s("# 父目录是否存在", "# does the parent directory exist?"),
          `ls -la "$(dirname ${shq(p)})"`,
          s("# 名字记不清时按文件名查找", "# not sure of the exact name? search for it"),
          `find . -iname ${shq(p.replace(/^.*[\\/]/, ""))} | head`,
        ]);
      },
    },
  ],
  prevention: [
    t("路径统一从一个基准目录（项目根、配置项）构造，不依赖启动目录。", "Build every path from one base directory (project root, a setting), never from the start directory."),
    t("程序启动时检查必需文件是否存在，缺失时给出清晰的错误和路径。", "Check required files at start-up and fail with a clear message and the path."),
    t("必需的配置文件提供示例（config.example.json），并在 README 里写明位置。", "Ship an example for required config (config.example.json) and document where it goes."),
  ],
  tools: [
    t("pathlib（Python）/ node:path（Node）：跨平台构造路径", "pathlib (Python) / node:path (Node): build paths portably"),
    t("ls / find / Test-Path：确认文件位置", "ls / find / Test-Path: locate files"),
  ],
};

/* ---------- fs.permission ---------- */

type PermKind = "docker-sock" | "npm-global" | "windows-lock" | "pip-system" | "generic";

function permKind(f: Facts): PermKind {
  if (f.has(/docker\.sock/)) return "docker-sock";
  if (f.has(/npm ERR!|npm error/) && f.has(/EACCES/) && f.has(/node_modules|\/usr\/local\/lib|\.npm/)) return "npm-global";
  if (f.has(/EPERM|EBUSY|WinError 32|WinError 5|拒绝访问|Access is denied|being used by another process|另一个程序正在使用/)) return "windows-lock";
  if (f.has(/site-packages|dist-packages|externally-managed-environment|Consider using the `--user` option/)) return "pip-system";
  return "generic";
}

export const fsPermission: KnowledgeEntry = {
  category: "fs.permission",
  example: "Error: EACCES: permission denied, access '/usr/local/lib/node_modules'",
  subject: (f) => (f.path ? inline(f.path, 80) : null),
  gist: (f) => t(`操作系统拒绝了对${f.path ? ` ${f.path}` : "这个文件/目录"}的访问：当前用户没有相应的读/写/执行权限，或文件正被其他程序占用。`, `The OS refused access to ${f.path ?? "the file/directory"}: the current user lacks read/write/execute permission, or another program holds the file.`),
  summary: (f) => {
    switch (permKind(f)) {
      case "docker-sock":
        return t("当前用户没有权限访问 Docker 守护进程的套接字 `/var/run/docker.sock`。把用户加入 docker 组（或使用 rootless Docker），而不是每次都 sudo。", "The current user may not access the Docker daemon socket `/var/run/docker.sock`. Add the user to the docker group (or use rootless Docker) instead of sudo every time.");
      case "npm-global":
        return t(`npm 全局安装要写 ${ic(f.path ?? "/usr/local/lib/node_modules")}，这个目录属于 root。不要用 \`sudo npm install -g\`（会让后续权限更乱），用 nvm 安装 Node（全局包装在你自己的目录里），或把 npm 的全局前缀改到用户目录。`, `A global npm install writes to ${ic(f.path ?? "/usr/local/lib/node_modules")}, which root owns. Avoid \`sudo npm install -g\` (it makes permissions worse); install Node with nvm (global packages live in your home) or move npm's global prefix to your home directory.`);
      case "windows-lock":
        return t(`Windows 上的 EPERM/拒绝访问通常不是“权限不够”，而是文件被占用：编辑器、资源管理器预览、杀毒软件、正在运行的进程（如开发服务器）锁住了${f.path ? ` ${ic(f.path)}` : "文件"}，导致重命名/删除失败。也可能是目标在受保护目录（Program Files、C 盘根目录）。`, `On Windows, EPERM/Access is denied usually means the file is locked rather than a missing permission: an editor, Explorer's preview, antivirus or a running process (a dev server) holds ${f.path ? ic(f.path) : "the file"}, so rename/delete fails. Or the target is in a protected folder (Program Files, the C: root).`);
      case "pip-system":
        return t("pip 试图往系统 Python 的 site-packages 写入。不要 `sudo pip`：为项目创建虚拟环境（推荐），或使用 `--user` 安装。", "pip tried to write into the system Python's site-packages. Do not `sudo pip`: create a virtual environment for the project (recommended) or install with `--user`.");
      default:
        return t(`当前用户对${f.path ? ` ${ic(f.path)}` : "目标文件/目录"}没有所需的权限：文件属于其他用户（常见于之前用 sudo/root 创建过）、权限位不允许写，或者目录是只读挂载。`, `The current user lacks the needed permission on ${f.path ? ic(f.path) : "the target"}: it belongs to another user (often created earlier with sudo/root), its mode forbids writing, or the mount is read-only.`);
    }
  },
  causes: [
    (f) => permKind(f) === "docker-sock" && t("用户不在 docker 组，或加入后没有重新登录。", "The user is not in the docker group, or has not logged in again since joining."),
    (f) => permKind(f) === "npm-global" && t("Node 装在系统目录（/usr/local），全局包目录属于 root。", "Node lives in a system directory (/usr/local) and the global package folder belongs to root."),
    (f) => permKind(f) === "windows-lock" && t("文件被编辑器、资源管理器、杀毒软件或仍在运行的进程占用。", "The file is held by an editor, Explorer, antivirus or a still-running process."),
    t("文件/目录是之前用 sudo 或 root 创建的，现在普通用户无法修改。", "The file/directory was created earlier with sudo or as root, and a normal user cannot change it."),
    t("容器里的进程用户（UID）与挂载卷的文件所有者不同。", "The process user (UID) inside a container differs from the owner of a mounted volume."),
    (f) => where(f),
  ],
  solutions: [
    {
      title: (f) => {
        switch (permKind(f)) {
          case "docker-sock":
            return t("把当前用户加入 docker 组", "Add your user to the docker group");
          case "npm-global":
            return t("用 nvm 或用户目录作为 npm 全局前缀", "Use nvm, or a user-owned npm global prefix");
          case "windows-lock":
            return t("找出并关闭占用文件的程序", "Find and close whatever holds the file");
          case "pip-system":
            return t("在虚拟环境里安装", "Install into a virtual environment");
          default:
            return t("修正文件所有者或权限", "Fix the owner or permissions");
        }
      },
      steps: [
        (f) => {
          switch (permKind(f)) {
            case "docker-sock":
              return t("执行下面的命令后，注销并重新登录（或运行 `newgrp docker`）让组权限生效。注意：docker 组等同于 root 权限。", "Run the commands below, then log out and back in (or `newgrp docker`) so the group applies. Note that the docker group is root-equivalent.");
            case "npm-global":
              return t("推荐用 nvm 重新安装 Node；不想换的话把 npm 全局目录改到 `~/.npm-global` 并加入 PATH。", "Reinstall Node with nvm (recommended); otherwise move npm's global directory to `~/.npm-global` and add it to PATH.");
            case "windows-lock":
              return t("关闭编辑器/终端/开发服务器后重试；用“资源监视器 → CPU → 关联的句柄”搜索文件名找出占用进程；必要时把项目目录加入杀毒软件排除列表。", "Close editors/terminals/dev servers and retry; find the holder via Resource Monitor → CPU → Associated Handles (search the file name); exclude the project folder from antivirus if needed.");
            case "pip-system":
              return t("`python -m venv .venv` 创建虚拟环境并激活，再安装；Debian/Ubuntu 的 “externally-managed-environment” 也用这种方式解决。", "Create and activate `python -m venv .venv`, then install; this also resolves Debian/Ubuntu's \"externally-managed-environment\".");
            default:
              return t(`用 \`ls -l\` 查看${f.path ? ` ${ic(f.path)}` : "文件"}的所有者和权限；属于 root 的项目文件用 \`chown\` 改回当前用户，而不是用 sudo 运行程序。`, `Check the owner and mode of ${f.path ? ic(f.path) : "the file"} with \`ls -l\`; give files in your project back to your user with \`chown\` instead of running the program with sudo.`);
          }
        },
      ],
      code: (f, lang) => permissionFixCode(f, lang),
    },
    {
      title: t("不要用 sudo/管理员权限“绕过”", "Do not work around it with sudo/admin"),
      steps: [
        t("用 sudo 运行程序会让它新建的文件也属于 root，下次普通用户运行时问题更多。", "Running with sudo makes the files it creates owned by root, causing more failures for normal runs later."),
        t("程序的数据/日志写到用户有权限的目录（家目录、项目目录、/tmp），不要写到系统目录。", "Write data/logs to directories the user owns (home, the project, /tmp), never to system directories."),
      ],
      code: (f, lang) =>
        block("bash", [
          say(lang)("# 查看是谁、以什么权限拥有这个路径", "# who owns the path, and with which mode"),
          `ls -ld ${shq(f.path ?? ".")}`,
          "id",
          say(lang)("# 找出项目里属于 root 的文件", "# find files in the project owned by root"),
          "find . -user root -maxdepth 3 | head",
        ]),
    },
  ],
  prevention: [
    t("开发环境用版本管理器（nvm、pyenv）和虚拟环境，避免往系统目录安装。", "Use version managers (nvm, pyenv) and virtual environments so nothing installs into system directories."),
    t("容器里以固定 UID 运行，并让挂载卷的所有者与之一致。", "Run containers with a fixed UID and match the owner of mounted volumes."),
    t("不要养成 sudo 运行项目命令的习惯。", "Do not make a habit of running project commands with sudo."),
  ],
  tools: [
    t("ls -l / stat / id：查看所有者、权限和当前用户", "ls -l / stat / id: owner, mode and current user"),
    t("Windows：资源监视器 / Process Explorer 查找占用文件的进程", "Windows: Resource Monitor / Process Explorer to find the process holding a file"),
    t("nvm / pyenv / venv：用户级的运行时与依赖", "nvm / pyenv / venv: user-level runtimes and dependencies"),
  ],
};

function permissionFixCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  switch (permKind(f)) {
    case "docker-sock":
      return block("bash", ["sudo usermod -aG docker $USER", "newgrp docker", "docker ps"]);
    case "npm-global":
      return block("bash", [
        s("# 方案 A（推荐）：用 nvm 安装 Node，全局包装在 ~/.nvm 里", "# option A (recommended): install Node with nvm so global packages live under ~/.nvm"),
        "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash",
        "nvm install --lts",
        "",
        s("# 方案 B：把 npm 全局前缀改到用户目录", "# option B: move npm's global prefix into your home"),
        "mkdir -p ~/.npm-global",
        "npm config set prefix ~/.npm-global",
        "echo 'export PATH=~/.npm-global/bin:$PATH' >> ~/.profile && source ~/.profile",
        "npm install -g yo",
      ].map((l) => l.replace(" yo", /install" "-g" "(\S+)"/.exec(f.text)?.[1] ? ` ${/install" "-g" "(\S+)"/.exec(f.text)![1]}` : " <package>").replace(" <package>", s(" 你的包", " your-package"))));
    case "windows-lock":
      return block("powershell", [
        s("# 哪个进程占用了这个文件？（需要 Sysinternals handle.exe）", "# which process holds the file? (needs Sysinternals handle.exe)"),
        `handle.exe ${q((f.path ?? "C:\\path\\to\\file").replace(/^.*[\\/]/, ""))}`,
        s("# 结束占用的进程（确认 PID 后）", "# end the holding process (after checking the PID)"),
        s("# 确认 PID 后：Stop-Process -Id 该PID", "# after checking the PID: Stop-Process -Id that-pid"),
        s("# 查看文件权限", "# inspect the file's permissions"),
        `icacls ${q(f.path ?? ".")}`,
      ]);
    case "pip-system":
      return block("bash", ["python3 -m venv .venv", "source .venv/bin/activate   " + s("# Windows：.venv\\Scripts\\activate", "# Windows: .venv\\Scripts\\activate"), "python -m pip install -r requirements.txt"]);
    default: {
      const p = f.path ?? "./data";
      return block("bash", [
        s("# 查看所有者和权限", "# check owner and mode"),
        `ls -ld ${shq(p)}`,
        s("# 把项目里的文件还给当前用户（不要对系统目录这样做）", "# give files in your project back to your user (never do this to system directories)"),
        `sudo chown -R "$(id -u):$(id -g)" ${shq(p)}`,
        s("# 需要时给当前用户加写权限", "# add write permission for the owner if needed"),
        `chmod u+rw ${shq(p)}`,
      ]);
    }
  }
}

/* ---------- database ---------- */

type DbCase = "locked" | "missing-table" | "duplicate" | "auth" | "refused" | "too-many" | "generic";

function dbCase(f: Facts): DbCase {
  if (f.has(/database is locked|SQLITE_BUSY|cannot start a transaction within a transaction|Lock wait timeout|deadlock/i)) return "locked";
  if (f.relation || f.has(/does not exist|existiert nicht|no such table|doesn't exist|UndefinedTable|Unknown column|no such column/i)) return "missing-table";
  if (f.has(/duplicate key|UNIQUE constraint failed|Duplicate entry|IntegrityError|unique constraint/i)) return "duplicate";
  if (f.has(/password authentication failed|Access denied for user|ER_ACCESS_DENIED_ERROR|authentication failed|Login failed for user/i)) return "auth";
  if (f.has(/too many connections|remaining connection slots|Too many clients/i)) return "too-many";
  if (f.has(/Connection refused|ECONNREFUSED|could not connect to server|Can't connect to|is the server running/i)) return "refused";
  return "generic";
}

function dbFixCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  const kind = f.dbKind;
  switch (dbCase(f)) {
    case "locked":
      if (kind === "sqlite" || !kind) {
        return ecoOf(f) === "node"
          ? block("javascript", [
              'import Database from "better-sqlite3";',
              "",
              'const db = new Database("app.db", { timeout: 5000 }); ' + s("// 等锁最多 5 秒，而不是立刻报 SQLITE_BUSY", "// wait up to 5 s for the lock instead of failing with SQLITE_BUSY"),
              'db.pragma("journal_mode = WAL"); ' + s("// 读写可以并发", "// readers no longer block the writer"),
              "",
              s("// 一个写事务一次完成；不要在事务里再开事务", "// one write transaction at a time; never nest BEGINs"),
              "const insertMany = db.transaction((rows) => { for (const r of rows) insert.run(r); });",
            ])
          : block("python", [
              "import sqlite3",
              "",
              s("# timeout：等锁最多 5 秒，而不是立刻报 database is locked", "# timeout: wait up to 5 s for the lock instead of failing with database is locked"),
              'conn = sqlite3.connect("app.db", timeout=5)',
              s("# WAL 模式：读不再阻塞写", "# WAL mode: readers no longer block the writer"),
              'conn.execute("PRAGMA journal_mode=WAL")',
              "",
              s("# 写操作放进一个短事务，及时提交；用 with 自动 commit/rollback", "# keep writes in one short transaction and commit promptly; with handles commit/rollback"),
              "with conn:",
              '    conn.execute("INSERT INTO jobs(name) VALUES (?)", ("x",))',
            ]);
      }
      return block("sql", [s("-- 查看谁在持有锁/长事务", "-- who holds locks / runs long transactions"), kind === "mysql" ? "SHOW ENGINE INNODB STATUS;" : "SELECT pid, state, query_start, query FROM pg_stat_activity WHERE state <> 'idle' ORDER BY query_start;"]);
    case "missing-table":
      return block("bash", [
        s("# 表不存在：多半是迁移没有执行（或连到了另一个数据库/schema）", "# a missing table usually means migrations never ran (or you are connected to another database/schema)"),
        s("# 按你的框架执行迁移（选一条）", "# run your framework's migrations (pick one)"),
        "alembic upgrade head",
        "python manage.py migrate",
        "npx prisma migrate deploy",
        "npx drizzle-kit migrate",
        "",
        s("# 确认当前连到的是哪个库、有哪些表", "# confirm which database you are connected to and its tables"),
        kind === "mysql" ? "mysql -e 'SELECT DATABASE(); SHOW TABLES;'" : kind === "sqlite" ? "sqlite3 app.db '.tables'" : 'psql "$DATABASE_URL" -c \'\\dt *.*\'',
      ]);
    case "duplicate":
      return block("sql", [
        s("-- 插入前已存在同样的唯一键：用 upsert 表达“存在则更新”", "-- the unique key already exists: express \"insert or update\" with an upsert"),
        kind === "mysql"
          ? "INSERT INTO users (email, name) VALUES ('a@example.com', 'A')\n  ON DUPLICATE KEY UPDATE name = VALUES(name);"
          : "INSERT INTO users (email, name) VALUES ('a@example.com', 'A')\n  ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name;",
        "",
        s("-- PostgreSQL：手动插入过带 id 的数据后，序列落后于表中最大 id 也会报这个错", "-- PostgreSQL: after inserting explicit ids, a sequence behind max(id) causes this too"),
        "SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT MAX(id) FROM users));",
      ]);
    case "auth":
      return block("bash", [
        s("# 用同样的用户名/密码/主机在命令行登录，排除代码问题", "# log in from the command line with the same user/password/host to rule out code"),
        kind === "mysql" ? 'mysql -h 127.0.0.1 -u app_user -p app_db' : 'psql "postgresql://app_user@127.0.0.1:5432/app_db"',
        s("# 连接串里的特殊字符（@ : / #）要 URL 编码", "# special characters (@ : / #) in the password must be URL-encoded in a connection string"),
        "python3 -c \"import urllib.parse; print(urllib.parse.quote('p@ss:word', safe=''))\"",
        kind === "mysql" ? s("# MySQL 8 默认 caching_sha2_password；旧客户端需要更新驱动", "# MySQL 8 defaults to caching_sha2_password; old clients need a newer driver") : s("# PostgreSQL：检查 pg_hba.conf 对该主机/用户的认证方式", "# PostgreSQL: check pg_hba.conf's method for this host/user"),
      ]);
    case "refused":
      return block("bash", [
        s("# 数据库服务在运行吗？端口对吗？", "# is the database running, on the expected port?"),
        kind === "mysql" ? "sudo systemctl status mysql" : kind === "redis" ? "redis-cli ping" : kind === "mongodb" ? "mongosh --eval 'db.runCommand({ ping: 1 })'" : "pg_isready -h 127.0.0.1 -p 5432",
        s("# docker compose 里：应用连接数据库要用服务名（如 db），不是 localhost", "# in docker compose the app reaches the database by service name (e.g. db), not localhost"),
        "# DATABASE_URL=postgresql://user:pass@db:5432/app",
      ]);
    case "too-many":
      return block("python", [
        s("# 使用连接池并限制池大小；每个请求用完即归还", "# use a pool with a size limit; return connections after each request"),
        "from sqlalchemy import create_engine",
        "",
        'engine = create_engine(os.environ["DATABASE_URL"], pool_size=5, max_overflow=5, pool_pre_ping=True)',
        "with engine.connect() as conn:",
        '    conn.execute(text("SELECT 1"))',
      ]);
    default:
      return block("bash", [s("# 把完整的数据库错误（SQLSTATE/错误码）打印出来", "# print the full database error (SQLSTATE/error code)"), kind === "mysql" ? "mysql -e 'SHOW WARNINGS;'" : 'psql "$DATABASE_URL" -c "SELECT version();"']);
  }
}

export const database: KnowledgeEntry = {
  category: "database",
  example: "sqlite3.OperationalError: database is locked",
  subject: (f) => (f.relation ? `${f.relation}` : f.dbKind ? ({ sqlite: "SQLite", postgres: "PostgreSQL", mysql: "MySQL", mongodb: "MongoDB", redis: "Redis", sqlserver: "SQL Server", oracle: "Oracle" } as const)[f.dbKind] : null),
  gist: (f) => {
    switch (dbCase(f)) {
      case "locked":
        return t("数据库正被另一个连接/事务锁住，这次操作等不到锁。", "The database is locked by another connection/transaction, and this operation could not get the lock.");
      case "missing-table":
        return t(`查询用到的表${f.relation ? ` ${f.relation}` : ""}在当前连接的数据库里不存在。`, `The table${f.relation ? ` ${f.relation}` : ""} used by the query does not exist in the connected database.`);
      case "duplicate":
        return t("插入/更新的数据与已有记录的唯一键重复。", "The inserted/updated row duplicates a unique key of an existing row.");
      case "auth":
        return t("数据库拒绝了登录：用户名、密码或允许的来源主机不对。", "The database refused the login: wrong user, password or allowed client host.");
      case "refused":
        return t("连不上数据库服务：它没在运行，或地址/端口不对。", "Cannot reach the database server: it is not running, or the address/port is wrong.");
      default:
        return t("数据库拒绝了这次连接或查询。", "The database refused this connection or query.");
    }
  },
  summary: (f) => {
    switch (dbCase(f)) {
      case "locked":
        return f.dbKind === "sqlite" || !f.dbKind
          ? t("SQLite 同一时间只允许一个写事务。另一个连接（或同一程序里的另一个线程/进程、甚至一个没关的 DB 浏览器）持有写锁时，这次写入会立刻失败——默认几乎不等待。开启 WAL、设置 busy timeout、缩短写事务、避免嵌套事务（“cannot start a transaction within a transaction”说明代码里 BEGIN 了两次）即可解决。", "SQLite allows one write transaction at a time. While another connection (another thread/process in the same program, even an open DB browser) holds the write lock, this write fails almost immediately by default. Enable WAL, set a busy timeout, keep write transactions short and never nest them (\"cannot start a transaction within a transaction\" means the code issued BEGIN twice).")
          : t("另一个事务持有了需要的行锁/表锁，这次操作等待超时或被判定为死锁。找出长时间运行的事务，缩短事务、按固定顺序加锁，并在死锁时重试。", "Another transaction holds the row/table locks needed, so this one timed out or was chosen as a deadlock victim. Find long-running transactions, keep them short, lock in a consistent order, and retry on deadlock.");
      case "missing-table":
        return t(`表${f.relation ? ` ${ic(f.relation)}` : ""}不存在：最常见的是数据库迁移没执行（新环境、新数据库）；其次是连到了另一个数据库/schema（环境变量指向错误、PostgreSQL 的 search_path），或者表名大小写不一致（PostgreSQL 里用双引号建的表名区分大小写）。`, `The table${f.relation ? ` ${ic(f.relation)}` : ""} does not exist: most often migrations never ran (a new environment or database); next, you are connected to another database/schema (a wrong env var, PostgreSQL's search_path), or the name's case differs (PostgreSQL names created with double quotes are case-sensitive).`);
      case "duplicate":
        return t("违反唯一约束：要插入的键已经存在。如果业务含义是“有则更新”，用 upsert；如果不应该重复，说明上游产生了重复数据或重复提交。PostgreSQL 里手动插入过指定 id 的数据后，自增序列会落后，也会出现这个错误。", "A unique constraint was violated: the key already exists. If you mean \"insert or update\", use an upsert; if duplicates should never happen, something upstream produced or resubmitted the data. In PostgreSQL, inserting explicit ids leaves the serial sequence behind and causes this too.");
      case "auth":
        return t("认证失败：用户名/密码不对、密码里的特殊字符在连接串中没有转义、该用户不允许从你的主机连接（MySQL 的 'user'@'host'、PostgreSQL 的 pg_hba.conf），或者客户端不支持服务端的认证插件。", "Authentication failed: a wrong user/password, special characters in the password not escaped in the URL, the user not allowed from your host (MySQL's 'user'@'host', PostgreSQL's pg_hba.conf), or a client that does not support the server's auth plugin.");
      case "refused":
        return t("数据库端口上没有服务在监听：服务没启动、端口不对、只监听了本机，或者在 Docker 里用 localhost 访问另一个容器。", "Nothing listens on the database port: the service is down, the port is wrong, it listens on localhost only, or localhost is used inside Docker to reach another container.");
      case "too-many":
        return t("连接数超过了数据库的上限：每个请求都新建连接而不关闭、连接池太大、或多个服务实例的连接池加起来超过 max_connections。", "Connections exceed the database limit: a new connection per request that is never closed, an oversized pool, or several instances' pools together exceeding max_connections.");
      default:
        return t("数据库驱动或服务端返回了错误。错误码（SQLSTATE、ER_*、SQLITE_*）比文字更准确，按错误码查文档。", "The database driver or server returned an error. The error code (SQLSTATE, ER_*, SQLITE_*) is more precise than the text; look it up.");
    }
  },
  causes: [
    (f) => dbCase(f) === "locked" && t("多个线程/进程同时写 SQLite，或某个连接开着事务没有提交。", "Several threads/processes write to SQLite at once, or a connection keeps a transaction open."),
    (f) => dbCase(f) === "locked" && t("代码里嵌套了 BEGIN（例如手动 BEGIN 后，ORM/驱动又自动开启了事务）。", "Nested BEGINs (e.g. a manual BEGIN while the ORM/driver already opened a transaction)."),
    (f) => dbCase(f) === "missing-table" && t("迁移没有执行，或执行到了另一个数据库。", "Migrations did not run, or ran against another database."),
    (f) => dbCase(f) === "missing-table" && t("表名大小写/schema 前缀不一致。", "The table name's case or schema prefix differs."),
    (f) => dbCase(f) === "duplicate" && t("重复提交（用户双击、重试）或批量导入的数据里本身有重复。", "Double submissions (double clicks, retries) or duplicates inside imported data."),
    (f) => dbCase(f) === "auth" && t("环境变量里的密码和数据库实际的密码不一致（换过密码、不同环境的 .env）。", "The password in the environment differs from the database's (rotated, another environment's .env)."),
    (f) => dbCase(f) === "refused" && t("数据库容器还没就绪应用就开始连接（compose 没有健康检查）。", "The app connects before the database container is ready (no health check in compose)."),
    (f) => where(f),
  ],
  solutions: [
    {
      title: (f) => {
        switch (dbCase(f)) {
          case "locked":
            return t("开启 WAL、设置等待超时、缩短写事务", "Enable WAL, set a busy timeout, keep writes short");
          case "missing-table":
            return t("执行迁移，并确认连的是正确的库", "Run migrations and confirm the database you connect to");
          case "duplicate":
            return t("用 upsert，或在源头去重", "Use an upsert, or de-duplicate at the source");
          case "auth":
            return t("用同一组凭据在命令行登录验证", "Verify the credentials with a command-line login");
          case "refused":
            return t("启动数据库并确认连接地址", "Start the database and confirm the address");
          case "too-many":
            return t("使用连接池并限制连接数", "Pool connections and cap them");
          default:
            return t("按错误码定位问题", "Locate the problem by its error code");
        }
      },
      steps: [
        (f) => {
          switch (dbCase(f)) {
            case "locked":
              return t("连接时设置超时（Python sqlite3 的 `timeout=`、better-sqlite3 的 `timeout`），开启 `PRAGMA journal_mode=WAL`；写操作集中在短事务里并及时提交；关闭占着数据库的其他程序（DB Browser 等）。", "Set a timeout when connecting (Python sqlite3 `timeout=`, better-sqlite3 `timeout`), enable `PRAGMA journal_mode=WAL`, keep writes in short transactions committed promptly, and close other programs holding the file (DB Browser …).");
            case "missing-table":
              return t(`执行项目的迁移命令；然后确认 \`DATABASE_URL\` 指向的库里确实有${f.relation ? ` ${ic(f.relation)}` : "这张表"}。`, `Run the project's migrations, then confirm the database behind \`DATABASE_URL\` really has ${f.relation ? ic(f.relation) : "the table"}.`);
            case "duplicate":
              return t("业务上允许“存在则更新”就用 upsert；不允许重复就在提交前检查，并让接口幂等（唯一请求 ID）。", "If \"insert or update\" is the intent, use an upsert; otherwise check before inserting and make the endpoint idempotent (a unique request id).");
            case "auth":
              return t("用报错时同样的用户、密码、主机、数据库名在命令行登录；能登录说明代码里的连接串有问题（转义、变量名），不能登录就重置密码或授权。", "Log in from the command line with the same user, password, host and database; if that works the connection string in code is wrong (escaping, variable name), otherwise reset the password or grant access.");
            case "refused":
              return t("确认数据库服务在运行并监听预期端口；容器之间用服务名连接；给数据库加健康检查，应用在其就绪后再启动。", "Make sure the database runs and listens on the expected port; containers connect by service name; add a health check and start the app after it is ready.");
            case "too-many":
              return t("全局只创建一个连接池，限制池大小；请求结束时归还连接；多实例部署时让各实例池大小之和小于 max_connections。", "Create one pool per process with a size cap; return connections at the end of each request; keep the sum of all instances' pools below max_connections.");
            default:
              return t("记录完整的错误码和 SQL（参数脱敏），在数据库文档中查该错误码的含义。", "Log the full error code and SQL (parameters redacted) and look the code up in the database's documentation.");
          }
        },
      ],
      code: (f, lang) => dbFixCode(f, lang),
    },
    {
      title: t("确认连接的是哪个数据库、以什么身份", "Confirm which database you connect to, and as whom"),
      steps: [
        t("在程序启动时打印（脱敏的）连接目标：主机、端口、库名、用户——很多问题其实是连错了库。", "Log the (redacted) target at start-up: host, port, database, user — many issues are simply the wrong database."),
        t("本地、测试、生产使用不同的环境变量文件，不要共用一个 .env。", "Keep separate environment files for local, test and production; never share one .env."),
      ],
      code: (f, lang) =>
        block(ecoOf(f) === "node" ? "javascript" : "python", ecoOf(f) === "node"
          ? [say(lang)("// 打印连接目标（去掉密码）", "// log the connection target (password removed)"), "const url = new URL(process.env.DATABASE_URL);", 'url.password = "***";', "console.log(url.toString());"]
          : ["import os", "from urllib.parse import urlsplit", "", 'u = urlsplit(os.environ["DATABASE_URL"])', say(lang)("# 打印连接目标（不含密码）", "# log the connection target (no password)"), 'print(u.scheme, u.hostname, u.port, u.path, u.username)']),
    },
  ],
  prevention: [
    t("迁移纳入部署流程（启动时或发布流水线里自动执行）。", "Make migrations part of deployment (run automatically at start-up or in the release pipeline)."),
    t("使用连接池和短事务；写入密集的场景不要用 SQLite 做多进程共享存储。", "Use connection pools and short transactions; do not use SQLite as shared storage for write-heavy multi-process workloads."),
    t("对唯一性约束的冲突做显式处理（upsert 或友好的错误提示）。", "Handle unique-constraint conflicts explicitly (upsert or a friendly error)."),
  ],
  tools: [
    (f) => (f.dbKind === "sqlite" ? t("sqlite3 命令行 / DB Browser for SQLite（注意用完关闭）", "the sqlite3 CLI / DB Browser for SQLite (close it when done)") : f.dbKind === "mysql" ? t("mysql 客户端 / MySQL Workbench", "the mysql client / MySQL Workbench") : t("psql / pgAdmin / DBeaver", "psql / pgAdmin / DBeaver")),
    t("Alembic / Django migrations / Prisma / Drizzle：管理表结构迁移", "Alembic / Django migrations / Prisma / Drizzle: schema migrations"),
  ],
};

/* ---------- tool.git ---------- */

type GitCase = "rejected" | "conflict" | "publickey" | "https-denied" | "not-repo" | "unrelated" | "overwritten" | "refspec" | "dubious" | "large-file" | "generic";

function gitCase(f: Facts): GitCase {
  if (f.has(/\[rejected\]|non-fast-forward|fetch first|Updates were rejected/)) return "rejected";
  if (f.has(/CONFLICT|Merge conflict|Automatic merge failed|unmerged files|fix conflicts/)) return "conflict";
  if (f.has(/Permission denied \(publickey\)|Host key verification failed/)) return "publickey";
  if (f.has(/Permission to [\w.-]{1,100}\/[\w.-]{1,100}\.git denied|The requested URL returned error: 403|Authentication failed for|Support for password authentication was removed/)) return "https-denied";
  if (f.has(/not a git repository/)) return "not-repo";
  if (f.has(/unrelated histories/)) return "unrelated";
  if (f.has(/would be overwritten by (?:merge|checkout)|Please commit your changes or stash them/)) return "overwritten";
  if (f.has(/src refspec [\w./-]{1,100} does not match any/)) return "refspec";
  if (f.has(/dubious ownership/)) return "dubious";
  if (f.has(/GH001|exceeds GitHub's file size limit|File .* is \d+(?:\.\d+)? MB; this exceeds/)) return "large-file";
  return "generic";
}

function gitFixCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  const branch = f.gitBranch ?? "main";
  switch (gitCase(f)) {
    case "rejected":
      return block("bash", [
        s("# 先把远程的新提交拿下来，把你的提交“接”在它们后面，再推送", "# fetch the remote's new commits, replay yours on top, then push"),
        `git pull --rebase origin ${branch}`,
        s("# 有冲突时：解决 → git add <文件> → git rebase --continue", "# on conflicts: resolve → git add <file> → git rebase --continue"),
        `git push origin ${branch}`,
        "",
        s("# 不要用 git push --force 覆盖别人的提交；确实需要时用更安全的", "# never overwrite others' commits with git push --force; if you truly must, use the safer"),
        `# git push --force-with-lease origin ${branch}`,
      ]);
    case "conflict": {
      const files = f.conflictFiles.length ? f.conflictFiles.map((x) => inline(x, 120)) : ["<file>"];
      return block("bash", [
        s("# 1) 列出冲突文件", "# 1) list the conflicted files"),
        "git status",
        s("# 2) 打开文件，保留需要的内容，删掉 <<<<<<< ======= >>>>>>> 标记", "# 2) edit each file: keep what you need and delete the <<<<<<< ======= >>>>>>> markers"),
        s("#    或整份采用某一方：", "#    or take one side wholesale:"),
        `git checkout --ours -- ${files[0]}    ${s("# 保留当前分支的版本", "# keep the current branch's version")}`,
        `git checkout --theirs -- ${files[0]}  ${s("# 采用合并进来的版本", "# take the incoming version")}`,
        s("# 3) 标记为已解决并完成合并", "# 3) mark resolved and finish the merge"),
        `git add ${files.join(" ")}`,
        "git commit",
        "",
        s("# 想放弃这次合并，回到合并前", "# to abandon the merge and go back"),
        "git merge --abort",
      ].map((l) => l.replace("<file>", s("文件", "file"))));
    }
    case "publickey":
      return block("bash", [
        s("# 1) 生成密钥（已有可跳过）", "# 1) create a key (skip if you have one)"),
        'ssh-keygen -t ed25519 -C "you@example.com"',
        s("# 2) 加入 ssh-agent", "# 2) add it to the agent"),
        'eval "$(ssh-agent -s)" && ssh-add ~/.ssh/id_ed25519',
        s("# 3) 把公钥内容添加到 GitHub → Settings → SSH and GPG keys（GitLab/Gitee 同理）", "# 3) add the public key at GitHub → Settings → SSH and GPG keys (same idea on GitLab/Gitee)"),
        "cat ~/.ssh/id_ed25519.pub",
        s("# 4) 测试", "# 4) test"),
        "ssh -T git@github.com",
      ]);
    case "https-denied":
      return block("bash", [
        s("# 看看远程地址和当前缓存的凭据", "# check the remote URL and cached credentials"),
        "git remote -v",
        s("# GitHub 已不支持密码推送：用 Personal Access Token（或 gh auth login）", "# GitHub no longer accepts passwords: use a Personal Access Token (or gh auth login)"),
        "gh auth login",
        s("# 清除缓存的旧账号凭据（macOS 钥匙串 / Windows 凭据管理器里也可以删）", "# clear the stale cached account (or delete it in macOS Keychain / Windows Credential Manager)"),
        'printf "protocol=https\\nhost=github.com\\n\\n" | git credential reject',
      ]);
    case "not-repo":
      return block("bash", [s("# 进入仓库目录（包含 .git 的目录），或初始化一个新仓库", "# cd into the repository (the folder containing .git), or initialise one"), "git rev-parse --show-toplevel", "git init"]);
    case "unrelated":
      return block("bash", [s("# 两个仓库各自独立初始化过（如在 GitHub 上建仓库时勾选了 README）：显式允许合并", "# both sides were initialised separately (e.g. a README created on GitHub): allow the merge explicitly"), `git pull origin ${branch} --allow-unrelated-histories`, `git push origin ${branch}`]);
    case "overwritten":
      return block("bash", [s("# 先暂存本地修改，再拉取/切换，最后恢复", "# stash local changes, pull/switch, then restore them"), "git stash push -m wip", `git pull origin ${branch}`, "git stash pop"]);
    case "refspec":
      return block("bash", [s("# 本地还没有提交，或分支名不同（master / main）", "# no commit yet, or a different branch name (master / main)"), "git branch", 'git add . && git commit -m "initial commit"', "git push -u origin HEAD"]);
    case "dubious":
      return block("bash", [s("# 仓库目录属于另一个用户（常见于挂载卷/容器）：把它标记为可信", "# the repository belongs to another user (common with mounts/containers): mark it as trusted"), `git config --global --add safe.directory "$(pwd)"`]);
    case "large-file":
      return block("bash", ["git lfs install", 'git lfs track "*.bin"', "git add .gitattributes", s("# 已经提交过的大文件需要从历史中迁移", "# large files already committed must be migrated out of history"), 'git lfs migrate import --include="*.bin" --everything']);
    default:
      return block("bash", ["git status", "git log --oneline -5", "git remote -v"]);
  }
}

export const toolGit: KnowledgeEntry = {
  category: "tool.git",
  example: "To https://github.com/user/project.git\n ! [rejected]        main -> main (fetch first)\nerror: failed to push some refs to 'https://github.com/user/project.git'\nhint: Updates were rejected because the remote contains work that you do\nhint: not have locally.",
  subject: (f) => (f.conflictFiles.length ? f.conflictFiles.slice(0, 2).join(", ") : f.gitBranch),
  gist: (f) => {
    switch (gitCase(f)) {
      case "rejected":
        return t("推送被拒绝：远程分支上有你本地还没有的提交，直接推送会覆盖它们。", "The push was rejected: the remote branch has commits you do not have, and pushing would overwrite them.");
      case "conflict":
        return t(`合并时两边改了同一处代码，Git 无法自动合并${f.conflictFiles.length ? `（${f.conflictFiles.join("、")}）` : ""}，需要你手动决定保留什么。`, `Both sides changed the same lines, so Git could not merge automatically${f.conflictFiles.length ? ` (${f.conflictFiles.join(", ")})` : ""}; you must decide what to keep.`);
      case "publickey":
        return t("SSH 认证失败：远程服务器不认你的 SSH 密钥（或本机没有可用的密钥）。", "SSH authentication failed: the server does not accept your SSH key (or there is none).");
      case "https-denied":
        return t("HTTPS 认证通过了，但当前账号没有这个仓库的写权限（或用的是缓存里的另一个账号）。", "HTTPS authentication worked, but this account may not write to the repository (or a cached, different account was used).");
      default:
        return t("Git 拒绝了这次操作。", "Git refused the operation.");
    }
  },
  summary: (f) => {
    switch (gitCase(f)) {
      case "rejected":
        return t(`远程的 ${ic(f.gitBranch ?? "分支")} 上有别人（或你在别的电脑/网页上）推送的新提交，你的本地分支落后于它。Git 拒绝非快进推送，以免丢掉那些提交。正确做法是先把远程的提交拉下来（推荐 \`git pull --rebase\`），解决可能的冲突，再推送；不要用 \`--force\`。`, `The remote ${ic(f.gitBranch ?? "branch")} has new commits (from someone else, or from you on another machine/the web), so your local branch is behind. Git refuses non-fast-forward pushes so those commits are not lost. Pull them first (\`git pull --rebase\` is cleanest), resolve any conflicts, then push; do not use \`--force\`.`);
      case "conflict":
        return t(`两个分支修改了${f.conflictFiles.length ? ` ${f.conflictFiles.map((x) => ic(x)).join("、")} 中` : "同一个文件的"}相同位置，Git 把两边的内容都写进了文件，用 \`<<<<<<<\`、\`=======\`、\`>>>>>>>\` 标出。你需要编辑文件决定最终内容，删掉标记，然后 \`git add\` 并提交。`, `Both branches changed the same place${f.conflictFiles.length ? ` in ${f.conflictFiles.map((x) => ic(x)).join(", ")}` : ""}; Git wrote both versions into the file between \`<<<<<<<\`, \`=======\` and \`>>>>>>>\`. Edit the file to the final content, remove the markers, then \`git add\` and commit.`);
      case "publickey":
        return t("用 SSH 地址（git@github.com:…）访问仓库时，服务器要验证你的 SSH 公钥。本机没有密钥、密钥没加入 ssh-agent、或公钥没有添加到你的 GitHub/GitLab 账号，都会出现 Permission denied (publickey)。也可以改用 HTTPS 地址。", "With an SSH remote (git@github.com:…) the server checks your SSH public key. No key on this machine, a key not loaded into ssh-agent, or a public key not added to your GitHub/GitLab account all give Permission denied (publickey). Switching to the HTTPS URL also works.");
      case "https-denied":
        return t("GitHub 等平台已不再接受账号密码推送，需要 Personal Access Token 或 OAuth（gh auth login）。如果报 “Permission to X denied to Y”，说明 Git 用的是账号 Y——多半是凭据管理器里缓存了另一个账号，或者 Y 没有被加为仓库协作者。", "GitHub and others no longer accept account passwords for pushes; use a Personal Access Token or OAuth (gh auth login). \"Permission to X denied to Y\" means Git authenticated as Y — usually another account cached in the credential manager, or Y is not a collaborator.");
      case "not-repo":
        return t("当前目录（及其所有上级目录）里都没有 .git：你不在仓库目录里执行命令，或者这个项目还没有 `git init`。", "Neither the current directory nor any parent contains .git: you are outside the repository, or the project was never `git init`-ed.");
      case "unrelated":
        return t("本地仓库和远程仓库没有共同的提交历史——通常是在 GitHub 上新建仓库时勾选了 README/License，本地又单独 init 了一个仓库。确认两边确实是同一个项目后，用 `--allow-unrelated-histories` 合并一次即可。", "The local and remote repositories share no history — usually a README/License was created on GitHub while a separate repo was initialised locally. Once you are sure they are the same project, merge once with `--allow-unrelated-histories`.");
      case "overwritten":
        return t("你本地有未提交的修改，而拉取/切换分支会改动同样的文件。先提交或 `git stash` 暂存，再执行操作。", "You have uncommitted changes that the pull/checkout would overwrite. Commit or `git stash` them first.");
      default:
        return t("Git 拒绝了这次操作，报错里的 hint 行通常已经给出下一步该执行的命令。", "Git refused the operation; the hint lines in the output usually name the next command to run.");
    }
  },
  causes: [
    (f) => gitCase(f) === "rejected" && t("其他人或你在另一台电脑/GitHub 网页上向同一分支推送了提交。", "Someone else — or you on another machine/the GitHub web UI — pushed to the same branch."),
    (f) => gitCase(f) === "conflict" && t("两个分支修改了同一文件的相同行。", "Both branches edited the same lines of a file."),
    (f) => gitCase(f) === "publickey" && t("本机没有 SSH 密钥、密钥未加载，或公钥没添加到账号。", "No SSH key here, a key not loaded, or the public key not added to the account."),
    (f) => gitCase(f) === "publickey" && t("有多把密钥时 ssh 没有用对那一把（需要在 `~/.ssh/config` 里为 github.com 指定 IdentityFile）；或者用 sudo 运行了 git，读的是 root 的 `~/.ssh`。", "With several keys, ssh offers the wrong one (set IdentityFile for github.com in `~/.ssh/config`); or git ran under sudo and read root's `~/.ssh`."),
    (f) => gitCase(f) === "https-denied" && t("凭据管理器缓存了另一个账号，或账号没有仓库的写权限。", "Another account is cached in the credential manager, or the account lacks write access."),
    (f) => (gitCase(f) === "rejected" || gitCase(f) === "conflict" || gitCase(f) === "unrelated") && t("长时间不同步远程分支，本地与远程分叉越来越大。", "Not syncing with the remote for a long time lets local and remote diverge."),
    (f) => gitCase(f) === "generic" && t("仓库处于未完成的操作中（合并、变基、cherry-pick），或远程地址/分支名不对。", "The repository is in the middle of an operation (merge, rebase, cherry-pick), or the remote/branch name is wrong."),
  ],
  solutions: [
    {
      title: (f) => {
        switch (gitCase(f)) {
          case "rejected":
            return t("先 pull --rebase，再 push", "pull --rebase, then push");
          case "conflict":
            return t("逐个解决冲突文件，然后提交", "Resolve each conflicted file, then commit");
          case "publickey":
            return t("配置 SSH 密钥并添加到账号", "Set up an SSH key and add it to your account");
          case "https-denied":
            return t("用有权限的账号/令牌重新认证", "Re-authenticate with an account/token that has access");
          case "unrelated":
            return t("允许合并不相关的历史", "Allow merging unrelated histories");
          case "overwritten":
            return t("先暂存本地修改", "Stash your local changes first");
          default:
            return t("按提示修复仓库状态", "Fix the repository state as the hints say");
        }
      },
      steps: [
        (f) => {
          switch (gitCase(f)) {
            case "rejected":
              return t(`执行 \`git pull --rebase origin ${f.gitBranch ?? "main"}\`，把你的提交放到远程最新提交之后；有冲突就解决后 \`git rebase --continue\`；最后再推送。`, `Run \`git pull --rebase origin ${f.gitBranch ?? "main"}\` to replay your commits on top of the remote; resolve conflicts with \`git rebase --continue\`; then push.`);
            case "conflict":
              return t("对每个冲突文件：删除冲突标记并保留正确的内容，运行测试确认没问题，然后 `git add` 这些文件并 `git commit`。VS Code 等编辑器提供“接受当前/传入/两者”的按钮。", "For each conflicted file: remove the markers keeping the right content, run the tests, then `git add` the files and `git commit`. Editors like VS Code offer Accept Current/Incoming/Both buttons.");
            case "publickey":
              return t("生成 ed25519 密钥，加入 ssh-agent，把 `.pub` 公钥添加到平台账号的 SSH Keys 设置，然后 `ssh -T git@github.com` 验证。", "Create an ed25519 key, add it to ssh-agent, add the `.pub` key under SSH keys in your account settings, then verify with `ssh -T git@github.com`.");
            case "https-denied":
              return t("清除凭据管理器里缓存的旧凭据，用有权限的账号重新登录（PAT 或 `gh auth login`）；确认该账号已被加为仓库协作者或有组织权限。", "Clear the cached credentials, sign in again with an account that has access (a PAT or `gh auth login`), and make sure it is a collaborator or has organisation access.");
            default:
              return t("按下面的命令处理，并阅读报错里 hint 开头的提示。", "Use the commands below and read the lines starting with hint.");
          }
        },
      ],
      code: (f, lang) => gitFixCode(f, lang),
    },
    {
      when: (f) => gitCase(f) === "publickey" || gitCase(f) === "https-denied",
      title: t("确认 Git 用的是哪个远程地址、哪个身份", "See which remote URL and identity Git uses"),
      steps: [
        t("`git remote -v` 看远程是 SSH（git@…）还是 HTTPS 地址；`ssh -vT git@github.com` 会打印它尝试了哪些密钥、服务器认出你是谁。", "`git remote -v` shows whether the remote is SSH (git@…) or HTTPS; `ssh -vT git@github.com` prints which keys it offered and who the server thinks you are."),
        t("不想配置 SSH 时，把远程改成 HTTPS 地址，用 Personal Access Token 或 `gh auth login` 认证。", "If you would rather not set up SSH, switch the remote to HTTPS and authenticate with a Personal Access Token or `gh auth login`."),
      ],
      code: (f) => {
        const repo = /github\.com[:/]([\w.-]{1,100}\/[\w.-]{1,100}?)(?:\.git)?(?=[\s'"]|$)/m.exec(f.text)?.[1] ?? "your-user/your-repo";
        return block("bash", ["git remote -v", "ssh -vT git@github.com 2>&1 | grep -E 'Offering|Authenticated|denied'", `git remote set-url origin https://github.com/${repo}.git`]);
      },
    },
    {
      when: (f) => gitCase(f) !== "publickey" && gitCase(f) !== "https-denied",
      title: t("操作前先看清仓库状态", "Look at the repository state before acting"),
      steps: [
        t("`git status` 看当前处于什么状态（合并中、变基中、有无未提交修改）；`git log --oneline --graph --all -20` 看本地和远程的分叉情况。", "`git status` shows the state (merging, rebasing, uncommitted changes); `git log --oneline --graph --all -20` shows how local and remote diverge."),
        t("不确定时先备份一个分支：`git branch backup-before-fix`，出错了随时能回来。", "When unsure, make a backup branch first: `git branch backup-before-fix`, so you can always go back."),
      ],
      code: () => block("bash", ["git status", "git fetch --all --prune", "git log --oneline --graph --all -20", "git branch backup-before-fix"]),
    },
  ],
  prevention: [
    t("开始工作前先 `git pull --rebase`，小步提交、经常推送。", "Start with `git pull --rebase`, commit in small steps and push often."),
    t("多人协作用功能分支 + Pull Request，保护主分支禁止强推。", "Collaborate through feature branches and pull requests; protect the main branch against force pushes."),
    t("设置 `git config --global pull.rebase true`，避免产生多余的合并提交。", "Set `git config --global pull.rebase true` to avoid needless merge commits."),
  ],
  tools: [
    t("git status / git log --graph：看清当前状态", "git status / git log --graph: see the current state"),
    t("VS Code / IntelliJ 的合并冲突编辑器", "The merge conflict editors of VS Code / IntelliJ"),
    t("GitHub CLI（gh auth login）：处理 HTTPS 认证", "GitHub CLI (gh auth login): HTTPS authentication"),
  ],
};

/* ---------- tool.container ---------- */

type ContainerCase = "daemon" | "crashloop" | "image" | "no-space" | "platform" | "oom" | "generic";

function containerCase(f: Facts): ContainerCase {
  if (f.has(/Cannot connect to the Docker daemon|Is the docker daemon running|error during connect|docker_engine: The system cannot find the file/i)) return "daemon";
  if (f.has(/CrashLoopBackOff|Back-off restarting failed container/)) return "crashloop";
  if (f.has(/ImagePullBackOff|ErrImagePull|manifest unknown|manifest for .{1,200} not found|pull access denied|repository does not exist/i)) return "image";
  if (f.has(/no space left on device/i)) return "no-space";
  if (f.has(/exec format error|platform \(linux\/\w+\) does not match|no matching manifest for/i)) return "platform";
  if (f.has(/OOMKilled/)) return "oom";
  return "generic";
}

function containerFixCode(f: Facts, lang: Lang): CodeBlock {
  const s = say(lang);
  const pod = f.pod ? `${f.pod.name}${f.pod.namespace ? ` -n ${f.pod.namespace}` : ""}` : "<pod-name>";
  const image = f.image ?? "<image>:<tag>";
  switch (containerCase(f)) {
    case "daemon":
      return block("bash", [
        s("# Linux：启动 Docker 服务并设为开机自启", "# Linux: start the Docker service and enable it at boot"),
        "sudo systemctl start docker && sudo systemctl enable docker",
        s("# Windows/macOS：打开 Docker Desktop，等状态变成 Running", "# Windows/macOS: open Docker Desktop and wait until it says Running"),
        s("# 确认 CLI 连到的是哪个上下文/守护进程", "# check which context/daemon the CLI talks to"),
        "docker context ls",
        "docker info",
      ]);
    case "crashloop":
      return block("bash", [
        s("# 上一次崩溃时容器的输出：真正的错误在这里", "# the output of the last crashed run: the real error is here"),
        `kubectl logs ${pod} --previous`,
        s("# 退出码、OOMKilled、探针失败等事件", "# exit code, OOMKilled, failed probes and other events"),
        `kubectl describe pod ${pod}`,
        s("# 本地复现：用同一个镜像和环境变量直接运行", "# reproduce locally with the same image and env"),
        `docker run --rm -it --entrypoint sh ${f.image ?? "your-image"}`,
      ].map((l) => l.replace("<pod-name>", s("你的Pod名", "your-pod"))));
    case "image":
      return block("bash", [
        s("# 这个镜像/标签在仓库里存在吗？", "# does this image/tag exist in the registry?"),
        `docker manifest inspect ${image}`,
        s("# 标签写错或没有 latest 时，到仓库页面（Docker Hub 的 Tags 标签页）确认可用的标签", "# if the tag is wrong or there is no latest, check the available tags (Docker Hub's Tags tab)"),
        s("# 私有仓库：先登录；Kubernetes 还需要 imagePullSecrets", "# private registries: log in first; Kubernetes also needs imagePullSecrets"),
        "docker login",
        s("# 先 export REGISTRY、REGISTRY_USER、REGISTRY_TOKEN", "# export REGISTRY, REGISTRY_USER and REGISTRY_TOKEN first"),
        'kubectl create secret docker-registry regcred --docker-server="$REGISTRY" --docker-username="$REGISTRY_USER" --docker-password="$REGISTRY_TOKEN"',
      ].map((l) => l.replace("<image>:<tag>", s("镜像名:标签", "image:tag"))));
    case "no-space":
      return block("bash", [s("# 查看 Docker 占用的空间并清理不用的镜像、容器、构建缓存", "# see Docker's disk usage and remove unused images, containers and build cache"), "docker system df", "docker system prune -a", "docker builder prune"]);
    case "platform":
      return block("bash", [s("# 镜像架构与机器不一致（如 Apple Silicon 的 arm64 与 amd64）：指定平台", "# the image's architecture differs from the machine (arm64 on Apple Silicon vs amd64): pick the platform"), "docker run --platform linux/amd64 your-image", "docker buildx build --platform linux/amd64,linux/arm64 -t your-image ."]);
    case "oom":
      return block("yaml", ["resources:", "  requests:", "    memory: 512Mi", "  limits:", s("    memory: 1Gi   # 按实际峰值调整", "    memory: 1Gi   # size to the real peak")]);
    default:
      return block("bash", ["docker ps -a", "docker logs --tail 100 <container>".replace("<container>", s("容器名", "container")), "kubectl get events --sort-by=.lastTimestamp | tail -20"]);
  }
}

export const toolContainer: KnowledgeEntry = {
  category: "tool.container",
  example: "docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
  subject: (f) => f.image ?? f.pod?.name ?? null,
  gist: (f) => {
    switch (containerCase(f)) {
      case "daemon":
        return t("docker 命令连不上 Docker 守护进程：它没有运行，或 CLI 指向了别的地址。", "The docker CLI cannot reach the Docker daemon: it is not running, or the CLI points elsewhere.");
      case "crashloop":
        return t("容器启动后不断退出，Kubernetes 反复重启它并逐渐拉长等待时间。", "The container keeps exiting after start, and Kubernetes keeps restarting it with growing back-off.");
      case "image":
        return t(`拉取镜像失败：${f.image ? `${f.image} ` : ""}这个镜像或标签不存在，或没有拉取权限。`, `Pulling the image failed: ${f.image ? `${f.image} ` : ""}the image or tag does not exist, or you may not pull it.`);
      default:
        return t("Docker/Kubernetes 无法完成这次操作。", "Docker/Kubernetes could not complete the operation.");
    }
  },
  summary: (f) => {
    switch (containerCase(f)) {
      case "daemon":
        return t("Docker CLI 只是客户端，真正干活的是守护进程（dockerd / Docker Desktop）。它没启动、还在启动中，或者 `DOCKER_HOST`/docker context 指向了别的地方，就会报这个错。权限不足（不在 docker 组）时报的是 permission denied，是另一个问题。", "The Docker CLI is only a client; the daemon (dockerd / Docker Desktop) does the work. If it is not running yet, or `DOCKER_HOST`/the docker context points elsewhere, you get this error. Missing permission (not in the docker group) gives permission denied instead, a different problem.");
      case "crashloop":
        return t(`CrashLoopBackOff 不是错误原因本身，而是“容器一启动就退出”的结果。原因在容器的日志里：\`kubectl logs ${f.pod?.name ?? "<pod>"} --previous\` 看上一次运行的输出，\`kubectl describe pod\` 看退出码（1 = 程序报错，137 = 被 OOM 杀掉，127 = 命令不存在）和探针失败记录。`, `CrashLoopBackOff is not the cause but the result of "the container exits right after starting". The cause is in the logs: \`kubectl logs ${f.pod?.name ?? "<pod>"} --previous\` shows the last run, \`kubectl describe pod\` shows the exit code (1 = app error, 137 = OOM-killed, 127 = command not found) and failed probes.`);
      case "image":
        return t(`“manifest unknown / not found” 表示仓库里没有这个镜像标签：标签拼错、该镜像根本没有 \`latest\` 标签（不写标签时默认就是 latest）、镜像不支持你的平台，或者是私有镜像而你没有登录/没有权限。${f.image ? `报错的镜像是 ${ic(f.image)}。` : ""}`, `"manifest unknown / not found" means the registry has no such tag: a misspelled tag, an image without a \`latest\` tag (the default when none is given), no build for your platform, or a private image you are not logged in to.${f.image ? ` The image in the error is ${ic(f.image)}.` : ""}`);
      case "no-space":
        return t("磁盘（或 Docker Desktop 虚拟磁盘）被镜像、停止的容器、构建缓存和卷占满了。", "The disk (or Docker Desktop's virtual disk) is full of images, stopped containers, build cache and volumes.");
      case "platform":
        return t("镜像的 CPU 架构与运行它的机器不一致（amd64 与 arm64），可执行文件无法运行。", "The image's CPU architecture differs from the host's (amd64 vs arm64), so its binaries cannot run.");
      default:
        return t("容器运行时返回了错误。先看容器日志和事件（`docker logs`、`kubectl describe`），错误通常写得很明确。", "The container runtime returned an error. Read the container logs and events first (`docker logs`, `kubectl describe`); the error is usually explicit.");
    }
  },
  causes: [
    (f) => containerCase(f) === "daemon" && t("Docker Desktop 没打开或还在启动；Linux 上 docker 服务没启动。", "Docker Desktop is not open or still starting; on Linux the docker service is stopped."),
    (f) => containerCase(f) === "crashloop" && t("程序启动即报错退出（配置/环境变量缺失、连不上依赖服务）、启动命令写错，或存活探针过早失败。", "The app exits at start-up (missing config/env vars, unreachable dependencies), a wrong start command, or a liveness probe failing too early."),
    (f) => containerCase(f) === "image" && t("镜像名/标签拼错，或镜像没有 latest 标签。", "A misspelled image/tag, or the image has no latest tag."),
    (f) => containerCase(f) === "image" && t("私有仓库未登录，或 Kubernetes 缺少 imagePullSecrets。", "Not logged in to a private registry, or Kubernetes lacks imagePullSecrets."),
    t("本地、CI 与集群中的镜像、配置或资源限制不一致。", "Images, configuration or resource limits differ between local, CI and the cluster."),
  ],
  solutions: [
    {
      title: (f) => {
        switch (containerCase(f)) {
          case "daemon":
            return t("启动 Docker 守护进程", "Start the Docker daemon");
          case "crashloop":
            return t("看上一次崩溃的日志和退出码", "Read the last crash's logs and exit code");
          case "image":
            return t("确认镜像名与标签存在，并有拉取权限", "Confirm the image and tag exist and you may pull them");
          case "no-space":
            return t("清理 Docker 占用的磁盘", "Reclaim Docker's disk space");
          case "platform":
            return t("使用与机器匹配的镜像平台", "Use an image for the host's platform");
          default:
            return t("查看容器日志与事件", "Read container logs and events");
        }
      },
      steps: [
        (f) => {
          switch (containerCase(f)) {
            case "daemon":
              return t("打开 Docker Desktop（Windows/macOS）或 `sudo systemctl start docker`（Linux），`docker info` 能输出服务端信息就说明连上了。", "Open Docker Desktop (Windows/macOS) or `sudo systemctl start docker` (Linux); when `docker info` prints server details you are connected.");
            case "crashloop":
              return t("`kubectl logs --previous` 里的最后几行就是程序退出前的错误；按那个错误继续排查（它通常属于另一个类别，比如缺少环境变量、连不上数据库）。", "The last lines of `kubectl logs --previous` are the error before exit; follow that error (often another category, such as a missing env var or an unreachable database).");
            case "image":
              return t(`用 \`docker manifest inspect\` 检查${f.image ? ` ${ic(f.image)}` : "镜像"}；在镜像仓库页面确认可用标签，写出明确的版本标签而不是依赖 latest。`, `Check ${f.image ? ic(f.image) : "the image"} with \`docker manifest inspect\`; confirm available tags on the registry page and pin an explicit tag instead of relying on latest.`);
            default:
              return t("按下面的命令收集信息，从第一条错误开始处理。", "Collect information with the commands below and start from the first error.");
          }
        },
      ],
      code: (f, lang) => containerFixCode(f, lang),
    },
    {
      title: t("在本地复现容器的启动过程", "Reproduce the container start locally"),
      steps: [
        t("用同一个镜像、同样的环境变量和命令在本地 `docker run`，比在集群里反复重试快得多。", "`docker run` the same image with the same env and command locally; it is much faster than retrying in the cluster."),
        t("进入容器 shell 检查文件、配置和网络连通性。", "Open a shell in the container to check files, config and network reachability."),
      ],
      code: (f, lang) =>
        block("bash", [
          say(lang)("# 覆盖入口进入 shell，手动执行启动命令看报错", "# override the entrypoint, open a shell and run the start command by hand"),
          `docker run --rm -it --env-file .env --entrypoint sh ${f.image ?? "your-image:tag"}`,
          say(lang)("# 正在运行的容器", "# a running container"),
          "docker exec -it <container> sh".replace("<container>", say(lang)("容器名", "container")),
        ]),
    },
  ],
  prevention: [
    t("镜像使用明确的版本标签（不要依赖 latest），并在 CI 中构建和推送多架构镜像。", "Pin explicit image tags (not latest) and build multi-arch images in CI."),
    t("容器启动时校验必需的环境变量，缺失就打印清楚的错误再退出。", "Validate required env vars at container start and exit with a clear message when missing."),
    t("配置合理的探针初始延迟和资源限制，定期清理镜像与构建缓存。", "Give probes sensible initial delays, set resource limits, and prune images/build cache regularly."),
  ],
  tools: [
    t("docker logs / docker inspect / docker system df", "docker logs / docker inspect / docker system df"),
    t("kubectl logs --previous / kubectl describe / kubectl get events", "kubectl logs --previous / kubectl describe / kubectl get events"),
    t("k9s / Lens：集群状态可视化", "k9s / Lens: visual cluster state"),
  ],
};

/* ---------- unknown ---------- */

/** Triage for the error's own stack only: never pip for a Go error. */
const versionCommands: Record<string, string[]> = {
  python: ["python --version", "python -m pip freeze | head -50"],
  node: ["node --version && npm --version", "npm ls --depth=0"],
  java: ["java -version", "mvn -v || gradle --version"],
  go: ["go version", "go env GOOS GOARCH GOPATH GOFLAGS", "go list -m all | head -50"],
  rust: ["rustc --version && cargo --version", "cargo tree --depth 1"],
  dotnet: ["dotnet --info"],
  php: ["php -v", "composer show | head -50"],
  ruby: ["ruby -v && bundle -v", "bundle list | head -50"],
  shell: [],
  none: [],
};

export const unknown: KnowledgeEntry = {
  category: "unknown",
  example: "Segmentation fault (core dumped)",
  subject: (f) => f.exception,
  gist: (f) =>
    f.has(/no kernel image is available/)
      ? t("安装的 PyTorch/CUDA 版本没有为你这块 GPU 的架构编译内核。", "The installed PyTorch/CUDA build has no kernels for your GPU's architecture.")
      : f.has(/Illegal instruction/)
        ? t("程序用到了这台 CPU 不支持的指令（常见：预编译包要求 AVX）。", "The program uses CPU instructions this machine lacks (commonly AVX required by a prebuilt package).")
        : f.classVersion
          ? t(`这个 class 由更新的 Java 编译（class 版本 ${f.classVersion.found}），当前 Java 运行时只支持到 ${f.classVersion.supported}。`, `The class was compiled for a newer Java (class version ${f.classVersion.found}) than this runtime supports (${f.classVersion.supported}).`)
          : t("这个错误没有匹配到已知的类别；下面是通用的排查步骤。", "This error matched no known category; below are general troubleshooting steps."),
  summary: (f) => {
    if (f.has(/no kernel image is available/)) return t("“no kernel image is available for execution on the device” 表示 PyTorch 包里没有适配你 GPU 计算能力（compute capability）的 CUDA 内核：GPU 太新（旧版 PyTorch 不支持）或太旧（新版 PyTorch 已放弃支持）。安装与 GPU 匹配的 PyTorch/CUDA 组合即可。", "\"no kernel image is available for execution on the device\" means the PyTorch build has no CUDA kernels for your GPU's compute capability: the GPU is too new for an old PyTorch, or too old for a new one. Install a PyTorch/CUDA combination that supports it.");
    if (f.has(/Illegal instruction/)) return t("“Illegal instruction (core dumped)” 通常是预编译的二进制（TensorFlow 1.6+ 的官方包需要 AVX）在不支持该指令集的 CPU 上运行：老 CPU、部分虚拟机/模拟器（如 Apple Silicon 上的 x86 模拟）。换用不依赖 AVX 的版本、从源码编译，或换一台机器。", "\"Illegal instruction (core dumped)\" usually means a prebuilt binary (official TensorFlow ≥ 1.6 needs AVX) runs on a CPU without that instruction set: an old CPU, some VMs/emulators (x86 emulation on Apple Silicon). Use a build without AVX, compile from source, or use another machine.");
    if (f.classVersion) {
      const need = f.classVersion.found - 44;
      const have = f.classVersion.supported - 44;
      return t(`UnsupportedClassVersionError：class 文件版本 ${f.classVersion.found} 对应 Java ${need}，而运行它的 Java 只支持到 ${f.classVersion.supported}（Java ${have}）。用 Java ${need} 或更高版本运行，或者把项目编译目标降到 Java ${have}。`, `UnsupportedClassVersionError: class file version ${f.classVersion.found} is Java ${need}, while the running Java supports up to ${f.classVersion.supported} (Java ${have}). Run with Java ${need}+ or compile the project for Java ${have}.`);
    }
    if (f.has(/Segmentation fault|SIGSEGV|core dumped/)) return t("段错误表示原生代码（C/C++ 扩展、驱动）访问了非法内存。Python/Node 程序出现段错误，几乎总是某个原生扩展的问题：版本不兼容（与解释器、CUDA、系统库不匹配）或扩展本身的 bug。", "A segmentation fault means native code (a C/C++ extension, a driver) accessed invalid memory. In Python/Node programs it is almost always a native extension: a version mismatch (with the interpreter, CUDA or system libraries) or a bug in it.");
    return t("这个错误没有落入已知的类别。按下面的步骤缩小范围：找到最内层的错误行、确认复现条件、核对版本，再搜索错误原文。配置了 LLM 时，errdoc 会给出更具体的分析。", "This error did not fall into a known category. Narrow it down with the steps below: find the innermost error line, pin down how to reproduce it, check versions, then search the exact message. With an LLM configured, errdoc gives a more specific analysis.");
  },
  causes: [
    (f) => f.has(/no kernel image is available/) && t("PyTorch 的 CUDA 构建不支持当前 GPU 的计算能力（sm_XX）。", "The PyTorch CUDA build does not support this GPU's compute capability (sm_XX)."),
    (f) => f.has(/Illegal instruction/) && t("CPU 不支持 AVX/AVX2 等指令集，而预编译包需要它们。", "The CPU lacks AVX/AVX2 that the prebuilt package requires."),
    (f) => f.classVersion && t("编译和运行使用了不同版本的 JDK。", "Compilation and runtime use different JDK versions."),
    t("依赖版本之间不兼容（运行时、原生扩展、驱动）。", "Incompatible versions between runtime, native extensions and drivers."),
    t("环境差异：只在某台机器/容器里出现。", "Environment differences: it only happens on one machine/container."),
    (f) => whereText(f),
    (f) => requestIdItem(f),
  ],
  solutions: [
    {
      title: (f) => (f.has(/no kernel image is available/) ? t("安装与 GPU 匹配的 PyTorch/CUDA 版本", "Install a PyTorch/CUDA build that matches the GPU") : f.has(/Illegal instruction/) ? t("换用与 CPU 兼容的构建", "Use a build compatible with the CPU") : f.classVersion ? t("用匹配的 Java 版本运行", "Run with a matching Java version") : t("找到最内层的错误并最小化复现", "Find the innermost error and reduce it to a minimal repro")),
      steps: [
        (f) =>
          f.has(/no kernel image is available/)
            ? t("查看 GPU 型号与计算能力，到 https://pytorch.org/get-started/locally/ 选择支持它的 CUDA 版本重新安装。", "Check the GPU model and compute capability, then reinstall with a CUDA version that supports it from https://pytorch.org/get-started/locally/.")
            : f.has(/Illegal instruction/)
              ? t("确认 CPU 是否支持 AVX（Linux：`grep -o avx /proc/cpuinfo | head -1`）；不支持就改用 conda 提供的构建、旧版本，或在支持的机器上运行。", "Check for AVX (Linux: `grep -o avx /proc/cpuinfo | head -1`); without it, use a conda build, an older release, or a machine that supports it.")
              : f.classVersion
                ? t(`安装 Java ${f.classVersion.found - 44}（或更高），并确认 \`java -version\` 与 JAVA_HOME 指向它。`, `Install Java ${f.classVersion.found - 44} (or newer) and make sure \`java -version\` and JAVA_HOME use it.`)
                : t("在输出里找到最内层/最后一个真正的错误行（Caused by、最后一个 Traceback 行），忽略外层包装。", "Find the innermost/last real error line (Caused by, the last Traceback line) and ignore the wrappers."),
        t("写一个只包含出错步骤的最小脚本复现它；能稳定复现，问题就解决了一半。", "Write a minimal script with only the failing step; once it reproduces reliably, you are halfway there."),
      ],
      code: (f, lang) => {
        const s = say(lang);
        if (f.has(/no kernel image is available/)) return block("bash", ["nvidia-smi --query-gpu=name,compute_cap --format=csv", 'python -c "import torch; print(torch.__version__, torch.version.cuda, torch.cuda.get_arch_list())"', s("# 按 pytorch.org 给出的命令重装，例如 CUDA 12.4：", "# reinstall with the command from pytorch.org, e.g. CUDA 12.4:"), "pip install torch --index-url https://download.pytorch.org/whl/cu124"]);
        if (f.has(/Illegal instruction/)) return block("bash", ["grep -o -w -E 'avx|avx2' /proc/cpuinfo | sort -u", s("# 没有 AVX：改用 conda 的构建（或较旧的版本）", "# no AVX: try the conda build (or an older release)"), "conda install -c conda-forge tensorflow"]);
        if (f.classVersion) return block("bash", ["java -version", "echo $JAVA_HOME", `sdk install java ${f.classVersion.found - 44}-tem`]);
        const versions = versionCommands[ecoOf(f) ?? "none"] ?? [];
        return block("bash", [s("# 收集环境信息：版本不一致是这类问题最常见的原因", "# collect environment details: version mismatches are the usual suspect"), "uname -a", ...versions]);
      },
    },
    {
      title: t("搜索错误原文并核对版本", "Search the exact message and check versions"),
      steps: [
        t("去掉路径、ID 等个人信息后，用引号搜索错误的关键行（GitHub Issues、Stack Overflow、项目的讨论区）。", "Strip paths and ids, then search the key error line in quotes (GitHub Issues, Stack Overflow, the project's forum)."),
        t("对比能正常运行的环境（同事的电脑、旧版本），逐个排除差异：运行时版本、依赖版本、操作系统、配置。", "Compare with an environment that works (a colleague's machine, an older version) and eliminate differences one by one: runtime, dependencies, OS, configuration."),
        t("配置 LLM 后重新诊断，errdoc 会结合完整上下文给出更具体的分析。", "Configure an LLM and diagnose again: errdoc will analyse the full context more specifically."),
      ],
    },
  ],
  prevention: [
    t("锁定运行时和依赖版本，记录在仓库里（lockfile、Dockerfile）。", "Pin runtime and dependency versions in the repository (lockfiles, Dockerfile)."),
    t("日志里保留完整的堆栈和 Caused by 链。", "Keep full stack traces and Caused-by chains in logs."),
  ],
  tools: [
    t("GitHub Issues / Stack Overflow 搜索", "GitHub Issues / Stack Overflow search"),
    t("调试器与详细日志（-v、--verbose、RUST_BACKTRACE=1、PYTHONFAULTHANDLER=1）", "A debugger and verbose logs (-v, --verbose, RUST_BACKTRACE=1, PYTHONFAULTHANDLER=1)"),
  ],
};

export const systemEntries: KnowledgeEntry[] = [resourceMemory, fsNotFound, fsPermission, database, toolGit, toolContainer, unknown];

