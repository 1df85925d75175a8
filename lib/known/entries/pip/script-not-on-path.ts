import { block, defineKnownError, shq, t } from "../../define";

export default defineKnownError({
  id: "pip.script-not-on-path",
  category: "dependency.install",
  match: [/The scripts? (?<scripts>[\w.,\- ]{1,200}) (?:is|are) installed in '(?<dir>[^'\n]{1,250})' which is not on PATH/],
  title: (c) => t(`安装成功了，但命令所在目录 ${c.g.dir} 不在 PATH 里`, `The install succeeded, but the commands' directory ${c.g.dir} is not on PATH`),
  summary: (c) =>
    t(
      `这是警告，不是安装失败。pip 按“用户安装”（--user，或系统 site-packages 不可写时自动改为用户安装）把命令行脚本 ${c.g.scripts} 放进了 ${c.g.dir}，而这个目录不在 PATH 环境变量里，所以在终端里直接输入命令会提示找不到。`,
      `This is a warning, not a failed install. pip did a user install (--user, or automatically because the system site-packages is not writable) and put the command-line scripts ${c.g.scripts} into ${c.g.dir}, which is not on the PATH environment variable, so typing the command in a shell reports it as not found.`,
    ),
  causes: [
    t("用户安装的脚本目录（Linux 的 ~/.local/bin、macOS 的 ~/Library/Python/X.Y/bin、Windows 的 %APPDATA%\\Python\\…\\Scripts）默认没有加入 PATH", "the user-install scripts directory (~/.local/bin on Linux, ~/Library/Python/X.Y/bin on macOS, %APPDATA%\\Python\\…\\Scripts on Windows) is not on PATH by default"),
  ],
  solutions: [
    {
      title: t("把这个目录加入 PATH", "Add the directory to PATH"),
      steps: [t("写进 shell 的启动文件（~/.bashrc、~/.zshrc）后重新打开终端；Windows 在“环境变量”设置里把该目录加到用户 Path。", "Put it in your shell's startup file (~/.bashrc, ~/.zshrc) and open a new terminal; on Windows add the directory to the user Path under Environment Variables.")],
      code: (c) => {
        const dir = c.g.dir ?? "";
        if (dir.startsWith("~/") && /^[\w./-]{1,200}$/.test(dir.slice(2))) {
          return block("bash", [`echo 'export PATH="$PATH:$HOME/${dir.slice(2)}"' >> ~/.bashrc`, "exec bash"]);
        }
        if (dir.startsWith("/") && /^[\w./-]{1,250}$/.test(dir)) return block("bash", [`echo 'export PATH="$PATH:${dir}"' >> ~/.bashrc`, "exec bash"]);
        if (dir.startsWith("/")) return block("bash", [`echo 'export PATH="$PATH:'${shq(dir)}'"' >> ~/.bashrc`, "exec bash"]);
        return null;
      },
    },
    {
      title: t("或者不依赖 PATH", "Or avoid depending on PATH"),
      steps: [t("多数工具可以用 python -m 模块名 运行；命令行工具也可以用 pipx 安装，或装进虚拟环境（激活后其 bin 目录自动在 PATH 上）。", "Most tools run with python -m <module>; command-line tools can be installed with pipx, or into a virtual environment (its bin directory is on PATH once activated).")],
    },
  ],
  docs: ["https://github.com/pypa/pip/issues/3813", "https://github.com/foobuzz/todo/issues/18"],
  samples: [
    {
      text: "  WARNING: The script tldextract is installed in '/home/anoint/.local/bin' which is not on PATH.\n  Consider adding this directory to PATH or, if you prefer to suppress this warning, use --no-warn-script-location.",
      source: "https://github.com/MindPatch/scant3r/issues/65",
    },
  ],
});
