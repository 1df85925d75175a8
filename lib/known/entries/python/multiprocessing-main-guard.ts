import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.multiprocessing-main-guard",
  category: "unknown",
  match: [/An attempt has been made to start a new process before the\s{1,12}current process has finished its bootstrapping phase/],
  title: t("用 spawn 启动子进程的脚本缺少 if __name__ == \"__main__\" 保护", "A script that starts spawn-mode processes lacks the if __name__ == \"__main__\" guard"),
  summary: t(
    "Windows 和 macOS 上 multiprocessing 默认用 spawn 方式启动子进程：子进程会重新导入你的主脚本。如果创建进程的代码（例如 num_workers>0 的 DataLoader、Pool、ProcessPoolExecutor）写在模块顶层，子进程导入时又会去创建进程，Python 检测到后抛出这个错误。",
    "On Windows and macOS multiprocessing starts children with spawn: each child re-imports your main script. If the code that creates processes (a DataLoader with num_workers>0, a Pool, a ProcessPoolExecutor) sits at module top level, the child tries to create processes again while importing, and Python raises this error.",
  ),
  causes: [
    t("训练/处理代码直接写在脚本顶层，没有放进 if __name__ == \"__main__\": 块", "the training or processing code runs at the script's top level instead of inside an if __name__ == \"__main__\": block"),
    t("在 Windows 的 Jupyter 或交互环境里使用 num_workers>0 的 DataLoader", "a DataLoader with num_workers>0 used from Jupyter or an interactive session on Windows"),
  ],
  solutions: [
    {
      title: t("把入口代码放进 main 保护块", "Put the entry code under the main guard"),
      steps: [t("定义放在顶层没有问题，真正执行（创建 DataLoader、训练循环、Pool）的代码放进函数，并只在 __main__ 中调用。", "Definitions can stay at top level; the code that actually runs (creating DataLoaders, the training loop, Pools) goes into a function called only under __main__.")],
      code: () =>
        block("python", [
          "from multiprocessing import Pool",
          "",
          "",
          "def square(x):",
          "    return x * x",
          "",
          "",
          "def main():",
          "    with Pool(2) as pool:",
          "        print(pool.map(square, range(5)))",
          "",
          "",
          'if __name__ == "__main__":',
          "    main()",
        ]),
    },
    {
      title: t("在 Notebook 或临时排查时：把 num_workers 设为 0", "In a notebook or while debugging: set num_workers to 0"),
      steps: [t("DataLoader(num_workers=0) 在主进程里加载数据，不再创建子进程；速度会慢一些。", "DataLoader(num_workers=0) loads data in the main process and creates no child processes; it is slower.")],
    },
  ],
  docs: ["https://github.com/pytorch/pytorch/issues/5858", "https://github.com/Project-MONAI/tutorials/issues/631", "https://github.com/kwuking/TimeMixer/issues/21"],
  samples: [
    {
      text: "RuntimeError:\n        An attempt has been made to start a new process before the\n        current process has finished its bootstrapping phase.\n\n        This probably means that you are not using fork to start your\n        child processes and you have forgotten to use the proper idiom\n        in the main module:\n\n            if __name__ == '__main__':\n                freeze_support()\n                ...\n\n        The \"freeze_support()\" line can be omitted if the program\n        is not going to be frozen to produce an executable.",
      source: "https://github.com/clovaai/overhaul-distillation/issues/26",
    },
  ],
});
