import { block, defineKnownError, ic, t } from "../../define";

/** `pkg.mod.Name` → import line and name, only for a plain dotted path. */
const splitGlobal = (g: string | undefined) => {
  const m = g ? /^([A-Za-z_][\w]{0,60}(?:\.[A-Za-z_][\w]{0,60}){0,8})\.([A-Za-z_][\w]{0,60})$/.exec(g) : null;
  return m ? { module: m[1]!, name: m[2]! } : null;
};

export default defineKnownError({
  id: "torch.weights-only-load-failed",
  category: "data.parse",
  match: [/WeightsUnpickler error: Unsupported global: GLOBAL (?<global>[\w.]{1,200}) was not an allowed global/, /Weights only load failed[^\n]{0,300}/],
  priority: 1,
  title: (c) =>
    c.g.global
      ? t(`PyTorch 2.6 起 torch.load 默认 weights_only=True，拒绝加载 ${c.g.global}`, `Since PyTorch 2.6 torch.load defaults to weights_only=True and refuses ${c.g.global}`)
      : t("PyTorch 2.6 起 torch.load 默认只加载权重（weights_only=True）", "Since PyTorch 2.6 torch.load loads weights only by default (weights_only=True)"),
  summary: (c) =>
    t(
      `PyTorch 2.6 把 torch.load 的 weights_only 默认值从 False 改成了 True：只允许张量和一小组安全类型，避免加载 checkpoint 时执行任意代码。这个文件里还保存了其他 Python 对象${c.g.global ? `（这里是 ${ic(c.g.global)}）` : "（优化器、配置对象、numpy 数组等）"}，于是加载被拒绝。`,
      `PyTorch 2.6 changed torch.load's weights_only default from False to True: only tensors and a small set of safe types are allowed, so loading a checkpoint cannot run arbitrary code. This file also pickles other Python objects${c.g.global ? ` (here ${ic(c.g.global)})` : " (optimizers, config objects, numpy arrays …)"}, so loading is refused.`,
    ),
  causes: [
    t("checkpoint 是用旧版 PyTorch 保存的整个对象（含优化器、配置、numpy 数组），而不是只有 state_dict", "the checkpoint pickles whole objects (optimizer, config, numpy arrays) with an older PyTorch, not just a state_dict"),
    t("训练框架或第三方库内部调用 torch.load 时没有显式传 weights_only，升级到 torch 2.6 后就失败", "a framework or library calls torch.load without an explicit weights_only and broke when torch 2.6 arrived"),
  ],
  solutions: [
    {
      title: t("文件可信时：把报出的类加入安全白名单", "If you trust the file: allow-list the reported class"),
      steps: [t("按消息的建议，用 torch.serialization.safe_globals 只放行这个类，仍保持 weights_only=True。", "As the message suggests, allow just that class with torch.serialization.safe_globals and keep weights_only=True.")],
      code: (c) => {
        const g = splitGlobal(c.g.global);
        if (!g) return null;
        return block("python", [
          "import os",
          "",
          "import torch",
          `from ${g.module} import ${g.name}`,
          "",
          'CHECKPOINT = os.environ["CHECKPOINT_PATH"]',
          `with torch.serialization.safe_globals([${g.name}]):`,
          "    state = torch.load(CHECKPOINT, weights_only=True)",
          "print(type(state))",
        ]);
      },
    },
    {
      title: t("文件完全可信时：显式传 weights_only=False", "If the file is fully trusted: pass weights_only=False explicitly"),
      steps: [t("这会恢复旧行为，但加载时可能执行文件里的任意代码；只对自己生成或来源可信的文件这样做。", "This restores the old behaviour but may run arbitrary code from the file; only do it for files you produced or fully trust.")],
    },
    {
      title: t("出错的是第三方库：升级它", "If a library's call fails: upgrade it"),
      steps: [t("多数库已在新版本里显式设置 weights_only 或注册了安全类型；暂时无法升级时可固定 torch<2.6。", "Most libraries now pass weights_only explicitly or register their safe types; until you can upgrade, pin torch<2.6.")],
    },
  ],
  docs: ["https://pytorch.org/docs/stable/generated/torch.load.html", "https://pytorch.org/docs/stable/notes/serialization.html#torch-load-with-weights-only-true", "https://dev-discuss.pytorch.org/t/bc-breaking-change-torch-load-is-being-flipped-to-use-weights-only-true-by-default-in-the-nightlies-after-137602/2573"],
  samples: [
    {
      text: "_pickle.UnpicklingError: Weights only load failed. This file can still be loaded, to do so you have two options, do those steps only if you trust the source of the checkpoint. \n\t(1) In PyTorch 2.6, we changed the default value of the `weights_only` argument in `torch.load` from `False` to `True`. Re-running `torch.load` with `weights_only` set to `False` will likely succeed, but it can result in arbitrary code execution. Do it only if you got the file from a trusted source.\n\t(2) Alternatively, to load with `weights_only=True` please check the recommended steps in the following error message.\n\tWeightsUnpickler error: Unsupported global: GLOBAL torch.optim.adam.Adam was not an allowed global by default. Please use `torch.serialization.add_safe_globals([Adam])` or the `torch.serialization.safe_globals([Adam])` context manager to allowlist this global if you trust this class/function.",
      source: "https://github.com/MIC-DKFZ/nnUNet/issues/2681",
    },
  ],
});
