import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "transformers.tokenizer-no-pad-token",
  category: "code.value",
  match: ["Asking to pad but the tokenizer does not have a padding token"],
  title: t("要求补齐（padding），但这个分词器没有定义填充符", "Padding was requested, but this tokenizer defines no padding token"),
  summary: t(
    "把长短不一的文本组成一个批次时需要填充符（pad_token）把它们补到同样长度。GPT-2、Llama、GPT-NeoX 等因果语言模型的分词器本身不带填充符，于是 padding=True（或训练器内部的补齐）直接报错。",
    "Batching texts of different lengths needs a padding token (pad_token) to bring them to the same length. Tokenizers of causal language models such as GPT-2, Llama and GPT-NeoX ship without one, so padding=True (or a trainer's internal padding) fails.",
  ),
  causes: [t("模型的分词器没有 pad_token，而代码（或 Trainer / DataCollator）对批次做了补齐", "the model's tokenizer has no pad_token while the code (or a Trainer / DataCollator) pads batches")],
  solutions: [
    {
      title: t("把结束符用作填充符", "Use the end-of-sequence token as the padding token"),
      steps: [
        t(
          "Hugging Face 维护者的常用建议。填充位置会被 attention_mask 屏蔽，所以用哪个符号来填充基本不影响结果；批量生成时通常还要设 padding_side = \"left\"。",
          "The usual advice from Hugging Face maintainers. Padded positions are masked out by attention_mask, so which token fills them barely matters; for batched generation also set padding_side = \"left\".",
        ),
      ],
      code: () =>
        block("python", [
          "from transformers import AutoTokenizer",
          "",
          'tokenizer = AutoTokenizer.from_pretrained("openai-community/gpt2")',
          "if tokenizer.pad_token is None:",
          "    tokenizer.pad_token = tokenizer.eos_token",
          'batch = tokenizer(["short", "a bit longer text"], padding=True, return_tensors="pt")',
          'print(batch["input_ids"].shape)',
        ]),
    },
    {
      title: t("或者新增一个专用的填充符", "Or add a dedicated padding token"),
      steps: [t("tokenizer.add_special_tokens({\"pad_token\": \"[PAD]\"}) 会扩大词表，之后要对模型调用 model.resize_token_embeddings(len(tokenizer))。", "tokenizer.add_special_tokens({\"pad_token\": \"[PAD]\"}) grows the vocabulary, so call model.resize_token_embeddings(len(tokenizer)) on the model afterwards.")],
    },
  ],
  docs: ["https://github.com/huggingface/trl/issues/466", "https://github.com/huggingface/transformers/issues/2630"],
  samples: [
    {
      text: "ValueError: Asking to pad but the tokenizer does not have a padding token. Please select a token to use as `pad_token` `(tokenizer.pad_token = tokenizer.eos_token e.g.)` or add a new pad token via `tokenizer.add_special_tokens({'pad_token': '[PAD]'})`.",
      source: "https://github.com/LegallyCoder/mamba-hf/issues/2",
    },
  ],
});
