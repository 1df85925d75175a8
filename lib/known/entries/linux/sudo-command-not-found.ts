import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "linux.sudo-command-not-found",
  category: "dependency.missing",
  match: [/(?:^|\n)sudo: (?<cmd>[\w.+-]{1,100}): command not found/],
  title: (c) => t(`sudo 找不到 ${ic(c.g.cmd ?? "")}（sudo 使用自己的 PATH）`, `sudo cannot find ${ic(c.g.cmd ?? "")} (sudo uses its own PATH)`),
  summary: (c) =>
    t(
      `不加 sudo 时 ${ic(c.g.cmd ?? "")} 能运行，是因为你的 PATH 里有它所在的目录（如 nvm、pyenv、/usr/local/xxx/bin、~/.local/bin）；sudo 默认重置环境，并用 /etc/sudoers 里的 secure_path 作为 PATH 查找命令，那里没有这个目录。`,
      `${ic(c.g.cmd ?? "")} runs without sudo because your PATH includes its directory (nvm, pyenv, /usr/local/xxx/bin, ~/.local/bin); sudo resets the environment by default and searches the secure_path from /etc/sudoers, which lacks that directory.`,
    ),
  causes: [
    t("命令装在用户级目录（nvm、pyenv、conda、~/.local/bin），只在你的 PATH 里", "the command lives in a per-user location (nvm, pyenv, conda, ~/.local/bin) that only your PATH has"),
    t("/etc/sudoers 的 secure_path 不包含该命令所在目录", "secure_path in /etc/sudoers does not include the command's directory"),
  ],
  solutions: [
    {
      title: t("用完整路径调用，或者干脆不用 sudo", "Call it by full path, or do not use sudo at all"),
      steps: [t("先用 command -v 找到命令的绝对路径，再 sudo 这个绝对路径。对 npm/pip 这类工具，更好的做法是让它装到用户目录而不是用 sudo。", "Find the absolute path with command -v and sudo that path. For tools like npm or pip it is better to install into a user directory instead of using sudo.")],
      code: (c) => (c.g.cmd ? block("bash", [`CMD_PATH="$(command -v ${shq(c.g.cmd)})"`, 'echo "$CMD_PATH"', 'sudo "$CMD_PATH" --version']) : null),
    },
    {
      title: t("或者把目录加入 secure_path", "Or add the directory to secure_path"),
      steps: [t("用 visudo 编辑 Defaults secure_path，追加该目录（只加可信、普通用户不可写的目录）。", "Edit Defaults secure_path with visudo and append the directory (only trusted directories that ordinary users cannot write).")],
    },
  ],
  docs: ["https://github.com/overtrue/blog/issues/28", "https://gist.github.com/alces/8888c2d621838c47ad21bda0ac852498"],
  samples: [{ text: "$ which gem\n/usr/local/ruby2.5.1/bin/gem\n\n$ sudo gem install bundler\nsudo: gem: command not found", source: "https://www.ruby-toolbox.com/projects/sudow" }],
});
