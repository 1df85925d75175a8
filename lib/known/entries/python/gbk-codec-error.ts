import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.gbk-codec-error",
  category: "data.parse",
  match: [/'gbk' codec can't (?<op>decode|encode) (?:byte 0x[0-9a-fA-F]{2}|character '[^'\n]{1,20}') in position \d{1,10}: illegal multibyte sequence/],
  title: (c) =>
    c.g.op === "encode"
      ? t("字符无法用 GBK 编码写出（Windows 默认编码）", "A character cannot be written in GBK (the Windows default encoding)")
      : t("用 GBK（Windows 默认编码）读取了一个 UTF-8 文件", "A UTF-8 file was read as GBK (the Windows default encoding)"),
  summary: (c) =>
    c.g.op === "encode"
      ? t(
          "在中文 Windows 上，Python 打开文本文件和控制台输出默认使用系统 ANSI 代码页（GBK/cp936）。要写出的字符（如 emoji、•、部分生僻字）在 GBK 里不存在，于是编码失败。",
          "On Chinese Windows, Python's default for text files and console output is the system ANSI code page (GBK/cp936). The character being written (an emoji, •, some rare CJK characters) does not exist in GBK, so encoding fails.",
        )
      : t(
          "在中文 Windows 上，open() 不指定 encoding 时默认用系统 ANSI 代码页（GBK/cp936）解码；文件实际是 UTF-8（JSON、CSV、Markdown、配置文件大多如此），遇到 GBK 不认识的字节序列就报错。",
          "On Chinese Windows, open() without encoding decodes with the system ANSI code page (GBK/cp936); the file is actually UTF-8 (most JSON, CSV, Markdown and config files are), and a byte sequence GBK does not know raises this error.",
        ),
  causes: [
    t("open() / read_text() / pandas.read_csv 等没有显式指定 encoding，用了平台默认编码", "open() / read_text() / pandas.read_csv and friends were called without an explicit encoding, so the platform default applied"),
    t("第三方库内部读写文件时没有指定 encoding（在 Linux/macOS 上默认是 UTF-8，所以作者没发现）", "a library reads or writes files without an encoding (UTF-8 is the default on Linux/macOS, so its authors never noticed)"),
    (c) => (c.g.op === "encode" ? t("print 到 GBK 控制台或重定向到文件时输出了 GBK 不支持的字符", "printing characters GBK cannot represent to a GBK console or a redirected file") : null),
  ],
  solutions: [
    {
      title: t("读写文件时显式指定 encoding=\"utf-8\"", "Pass encoding=\"utf-8\" explicitly when reading and writing files"),
      steps: [t("Python 官方推荐打开文本文件时总是写明编码；Excel 导出的 CSV 用 utf-8-sig；文件确实是 GBK 时再用 encoding=\"gbk\"。", "Python's docs recommend always stating the encoding when opening text files; use utf-8-sig for CSVs exported by Excel, and encoding=\"gbk\" only if the file really is GBK.")],
      code: (c) =>
        c.g.op !== "encode" && c.f.has(/csv/i)
          ? block("python", [
              "import csv",
              "",
              "# utf-8-sig reads UTF-8 and also strips the BOM that Excel writes into CSV files",
              'with open("data.csv", encoding="utf-8-sig", newline="") as fh:',
              "    rows = list(csv.reader(fh))",
              "# pandas likewise: pd.read_csv(path, encoding=\"utf-8-sig\")",
            ])
          : block("python", ["from pathlib import Path", "", 'path = Path("data.json")  # the file from the traceback', 'path.write_text("{\\"name\\": \\"示例\\"}", encoding="utf-8")', 'text = path.read_text(encoding="utf-8")', "print(text)"]),
    },
    {
      title: t("改不了代码时：开启 UTF-8 模式", "If you cannot change the code: enable UTF-8 mode"),
      steps: [t("设置环境变量 PYTHONUTF8=1（或用 python -X utf8 运行），文件、标准输入输出和管道都会默认使用 UTF-8；Python 3.15 起这是默认行为。", "Set PYTHONUTF8=1 (or run python -X utf8) so files, stdio and pipes default to UTF-8; this becomes the default in Python 3.15.")],
      code: () => block("bash", ["export PYTHONUTF8=1  # PowerShell: $env:PYTHONUTF8 = \"1\"", 'python -c "import sys; print(sys.flags.utf8_mode)"']),
    },
  ],
  docs: ["https://peps.python.org/pep-0686/", "https://github.com/python/cpython/commit/148610d88a2785751ed435a4e60f07a9f1bc50a6", "https://docs.astral.sh/ruff/rules/unspecified-encoding/", "https://github.com/K-Quant/HiDy/issues/3"],
  samples: [
    {
      text: "  File \"C:\\HiDy\\company_rel\\get_sen_set.py\", line 74, in sentence_set\n    for line in file:\nUnicodeDecodeError: 'gbk' codec can't decode byte 0xac in position 70: illegal multibyte sequence",
      source: "https://github.com/K-Quant/HiDy/issues/3",
    },
  ],
});
