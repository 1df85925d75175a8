import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.module-not-callable",
  category: "code.type",
  match: [/TypeError: 'module' object is not callable/],
  title: (c) =>
    c.f.has(/\btqdm\(/)
      ? t("调用的是 tqdm 模块而不是 tqdm 函数", "The tqdm module was called instead of the tqdm function")
      : t("把一个模块当成函数 / 类来调用了", "A module was called as if it were a function or class"),
  summary: t(
    "很多库的模块名和其中的主要函数 / 类同名（tqdm.tqdm、datetime.datetime、pprint.pprint……）。写成 import tqdm 后再调用 tqdm(...)，调用的是模块本身，于是报这个错。",
    "Many libraries name a module after its main function or class (tqdm.tqdm, datetime.datetime, pprint.pprint …). After import tqdm, calling tqdm(...) calls the module itself, hence this error.",
  ),
  causes: [
    t("写了 import X，却按 from X import X 的方式调用 X(...)", "the code does import X but calls X(...) as though it had done from X import X"),
    t("装错了同名包：例如 progressbar 与 progressbar2 都提供 progressbar 模块，但接口不同", "a same-named package is installed: progressbar and progressbar2 both provide a progressbar module, with different APIs"),
    t("自己的文件名与库同名（如 tqdm.py），导入到的是自己的文件", "a file of your own shares the library's name (tqdm.py, say) and is imported instead"),
  ],
  solutions: [
    {
      title: t("从模块里导入要调用的函数 / 类", "Import the function or class you call from the module"),
      steps: [t("看回溯最后一行被调用的名字，改成 from 模块 import 名字，或写成 模块.名字(...)。", "Look at the name called on the last traceback line and use from module import name, or call module.name(...).")],
      code: (c) =>
        c.f.has(/tqdm/)
          ? block("python", ["from tqdm import tqdm  # not: import tqdm", "", "for _ in tqdm(range(3)):", "    pass"])
          : block("python", ["from datetime import datetime  # or: import datetime; datetime.datetime.now()", "", "print(datetime.now())"]),
    },
  ],
  docs: ["https://github.com/rasbt/LLMs-from-scratch/issues/286", "https://github.com/rounakbanik/generative-art-nft/issues/1"],
  samples: [
    {
      text: '  File "/Users/imartinez/Documents/Dev/crypto/generative-art-nft/nft.py", line 163, in generate_images\n    for n in pb(range(count)):\nTypeError: \'module\' object is not callable',
      source: "https://github.com/rounakbanik/generative-art-nft/issues/1",
    },
  ],
});
