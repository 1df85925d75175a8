import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.state-dict-key-mismatch",
  category: "unknown",
  match: [/Error\(s\) in loading state_dict for (?<cls>[\w.]{1,80}):\s{1,8}(?:Missing key\(s\)|Unexpected key\(s\)|size mismatch)/],
  title: (c) => t(`checkpoint 的参数名/形状与 ${c.g.cls ?? "模型"} 不一致`, `The checkpoint's parameter names/shapes do not match ${c.g.cls ?? "the model"}`),
  summary: (c) => {
    const prefix = c.f.has(/"module\.[\w.]{1,80}"/);
    const wrapped = c.f.has(/Unexpected key\(s\) in state_dict: "(?:state_dict|model|net|model_state_dict)"/);
    return t(
      `load_state_dict 默认严格匹配：checkpoint 里的每个键都必须对应模型的一个参数，反之亦然。${prefix ? "这里的键带有 module. 前缀，说明权重是用 DataParallel/DistributedDataParallel 包装后保存的，而现在加载到的是未包装的模型（或反过来）。" : wrapped ? "这里唯一多出的键是一个容器名（如 state_dict），说明文件保存的是包着 state_dict 的字典，要先取出里面那一层。" : "缺少的键和多余的键说明模型结构（类型、配置或版本）与保存权重时不同。"}`,
      `load_state_dict is strict by default: every key in the checkpoint must match a parameter of the model and vice versa. ${prefix ? "The keys here carry a module. prefix, so the weights were saved from a DataParallel/DistributedDataParallel-wrapped model and are being loaded into an unwrapped one (or the reverse)." : wrapped ? "The only extra key is a container name (such as state_dict): the file stores a dict that wraps the state_dict, so take the inner one first." : "The missing and unexpected keys mean the model's structure (class, config or version) differs from the one that saved the weights."}`,
    );
  },
  causes: [
    t("保存时模型被 DataParallel / DDP 包装，键多了 module. 前缀", "the model was wrapped in DataParallel / DDP when saved, so keys carry a module. prefix"),
    t("checkpoint 是 {\"state_dict\": …, \"optimizer\": …} 这样的字典，直接传给了 load_state_dict", "the checkpoint is a dict like {\"state_dict\": …, \"optimizer\": …} passed straight to load_state_dict"),
    t("模型的结构或配置与保存时不同（换了变体、层数、类别数或代码版本），size mismatch 属于这一类", "the model's structure or config differs from when it was saved (another variant, depth, class count or code version); size mismatch belongs here"),
  ],
  solutions: [
    {
      title: t("去掉 module. 前缀，或取出内层的 state_dict", "Strip the module. prefix, or take the inner state_dict"),
      steps: [t("先检查 checkpoint 的键，再按情况处理；处理后仍用严格模式加载，确认完全匹配。", "Inspect the checkpoint's keys first, fix them accordingly, then still load strictly to confirm everything matches.")],
      code: () =>
        block("python", [
          "import os",
          "",
          "import torch",
          "",
          'ckpt = torch.load(os.environ["CHECKPOINT_PATH"], map_location="cpu")',
          'state = ckpt.get("state_dict", ckpt) if isinstance(ckpt, dict) else ckpt',
          'state = {k.removeprefix("module."): v for k, v in state.items()}',
          "print(list(state)[:5])",
          "# model.load_state_dict(state)  # strict: fails loudly if anything still differs",
        ]),
    },
    {
      title: t("结构不同：用与权重匹配的模型配置", "Structure differs: build the model with the matching configuration"),
      steps: [t("按照权重发布时的说明创建模型（同一变体、类别数、代码版本）。strict=False 会悄悄跳过不匹配的层，只适合明确知道要忽略哪些键的情况（如替换分类头）。", "Create the model exactly as the weights' release describes (same variant, class count, code version). strict=False silently skips mismatched layers; use it only when you know which keys to ignore (e.g. a replaced classifier head).")],
    },
  ],
  docs: ["https://github.com/pytorch/pytorch/pull/6086", "https://github.com/abeardear/pytorch-YOLO-v1/issues/4", "https://github.com/menzelab/implicit-shape-reconstruction/issues/2"],
  samples: [
    {
      text: "RuntimeError: Error(s) in loading state_dict for VGG:\nMissing key(s) in state_dict: \"features.0.weight\", \"features.0.bias\"...\nUnexpected key(s) in state_dict: \"module.features.0.weight\", \"module.features.0.bias\"...",
      source: "https://github.com/abeardear/pytorch-YOLO-v1/issues/4",
    },
  ],
});
