import { defineKnownError, ic, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "windows.command-not-recognized",
  category: "dependency.missing",
  match: [
    /'(?<cmd>[^'\n]{1,100})' is not recognized as an internal or external command/,
    /[‘’'"“”](?<cmd>[^'‘’"“”\n]{1,100})[‘’'"“”]\s{0,2}不是内部或外部命令/,
    /The term '(?<cmd>[^'\n]{1,100})' is not recognized as (?:the name of )?a cmdlet/,
    /无法将[“"](?<cmd>[^”"\n]{1,100})[”"]项识别为 cmdlet/,
  ],
  title: (c) => t(`Windows 找不到命令 ${ic(c.g.cmd ?? "?")}`, `Windows cannot find the command ${ic(c.g.cmd ?? "?")}`),
  summary: (c) =>
    t(
      `命令提示符/PowerShell 在当前目录和 PATH 环境变量列出的每个目录里都没有找到名为 ${ic(c.g.cmd ?? "?")} 的程序（.exe/.bat/.cmd 等）。程序要么没装，要么装了但它的目录不在这个终端的 PATH 里。`,
      `cmd/PowerShell found no program named ${ic(c.g.cmd ?? "?")} (.exe/.bat/.cmd…) in the current directory or in any directory listed in the PATH environment variable. Either it is not installed, or it is installed and its directory is not on this terminal's PATH.`,
    ),
  causes: [
    t("程序没有安装", "the program is not installed"),
    (c) =>
      c.g.cmd && /^(?:python3?|py|pip3?)(?:\.exe)?$/i.test(c.g.cmd)
        ? t("安装 Python 时没有勾选 “Add python.exe to PATH”，所以 python/pip 不在 PATH 里（py 启动器另有安装选项）", "Python was installed without ticking “Add python.exe to PATH”, so python/pip are not on PATH (the py launcher is a separate install option)")
        : t("已经安装，但安装目录没有加入 PATH", "it is installed, but its directory was never added to PATH"),
    t("刚修改过 PATH 或刚安装完，但终端/IDE 是之前打开的，没有读到新的 PATH", "PATH was changed or the program installed after this terminal/IDE was opened, so it still has the old PATH"),
  ],
  solutions: [
    {
      title: t("安装程序或把它的目录加入 PATH，然后重新打开终端", "Install the program or add its directory to PATH, then open a new terminal"),
      steps: [
        t("用 where 命令名 检查当前终端能否找到它。找不到就安装；已安装则在“系统属性 → 环境变量”里把程序所在目录加到 Path，关闭并重新打开终端（以及 IDE）。", "Check with where NAME whether this terminal can find it. If not, install it; if it is installed, add its directory to Path under System Properties → Environment Variables, then close and reopen the terminal (and the IDE)."),
        (c) =>
          c.g.cmd && /^(?:python3?|py|pip3?)(?:\.exe)?$/i.test(c.g.cmd)
            ? t("Python：重新运行安装程序选择 Modify 并勾选加入 PATH；也可以改用 py 启动器（py -m pip …）。", "Python: re-run the installer, choose Modify and tick adding it to PATH; or use the py launcher instead (py -m pip …).")
            : null,
      ],
    },
    ...categorySolutions("dependency.missing"),
  ],
  docs: ["https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/path", "https://docs.python.org/3/using/windows.html"],
  samples: [
    { text: "'python' is not recognized as an internal or external command,\noperable program or batch file.", source: "https://github.com/MichaelAquilina/python-tools/issues/123" },
  ],
});
