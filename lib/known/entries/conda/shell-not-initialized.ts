import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "conda.shell-not-initialized",
  category: "unknown",
  match: ["Run 'conda init' before 'conda activate'", "Your shell has not been properly configured to use 'conda activate'"],
  title: t("当前 shell 没有加载 conda 的 activate 函数", "This shell has not loaded conda's activate function"),
  summary: t(
    "conda activate 不是一个普通程序，而是 conda init 写进 shell 启动文件（.bashrc、.zshrc、PowerShell profile）的 shell 函数。当前这个 shell（新装后还没重启的终端、非交互脚本、Notebook 里的 !conda、Git Bash 等）没有加载它，所以 conda 拒绝执行 activate。",
    "conda activate is not a plain program but a shell function that conda init writes into the shell's startup file (.bashrc, .zshrc, the PowerShell profile). This shell (a terminal not restarted after installing, a non-interactive script, !conda in a notebook, Git Bash …) has not loaded it, so conda refuses to activate.",
  ),
  causes: [
    t("从未为这个 shell 运行过 conda init，或运行后没有重新打开终端", "conda init was never run for this shell, or the terminal was not reopened afterwards"),
    t("在 bash 脚本里调用 conda activate：非交互 shell 不会读取 .bashrc", "conda activate called inside a bash script: non-interactive shells do not read .bashrc"),
    t("在 Jupyter/Colab 里用 !conda activate：每个 ! 命令都在新的子 shell 中运行，激活不会保留", "!conda activate in Jupyter/Colab: each ! command runs in a fresh subshell, so activation does not persist"),
  ],
  solutions: [
    {
      title: t("为你的 shell 运行 conda init，然后重开终端", "Run conda init for your shell, then open a new terminal"),
      steps: [t("把 bash 换成你实际用的 shell（zsh、fish、powershell…）。", "Replace bash with the shell you actually use (zsh, fish, powershell …).")],
      code: () => block("bash", ["conda init bash", "exec bash"]),
    },
    {
      title: t("在脚本里：先 source conda.sh 再 activate", "In scripts: source conda.sh before activating"),
      steps: [t("conda.sh 定义了 conda activate 函数，脚本里 source 之后就能用。", "conda.sh defines the conda activate function; source it in the script and activate works.")],
      code: () => block("bash", ['source "$(conda info --base)/etc/profile.d/conda.sh"', "conda activate base"]),
    },
  ],
  docs: ["https://github.com/conda/conda/issues/13002", "https://github.com/segrelab/MiCoNE/issues/107", "https://github.com/conda/conda/issues/14400", "https://github.com/conda/conda/issues/14147"],
  samples: [
    {
      text: "+__conda_exe:1> /opt/miniconda3/bin/conda activate base\n\nCondaError: Run 'conda init' before 'conda activate'",
      source: "https://github.com/conda/conda/issues/13759",
    },
  ],
});
