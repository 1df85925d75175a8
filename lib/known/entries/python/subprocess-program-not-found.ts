import { defineKnownError, ic, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "python.subprocess-program-not-found",
  category: "dependency.missing",
  // Outranks the generic FileNotFoundError entry: the traceback shows subprocess starting a program.
  priority: 1,
  match: [
    /in _execute_child[\s\S]{0,800}?(?:FileNotFoundError|WindowsError|OSError): \[(?:WinError 2|Errno 2|Error 2)\][^\n]{0,40}?(?:: '(?<prog>[^'\n]{1,200})')?/,
  ],
  title: (c) => (c.g.prog ? t(`subprocess 找不到要运行的程序 ${ic(c.g.prog)}`, `subprocess cannot find the program ${ic(c.g.prog)}`) : t("subprocess 找不到要运行的程序", "subprocess cannot find the program to run")),
  summary: (c) =>
    t(
      `回溯停在 subprocess 的 _execute_child，也就是启动子进程的那一步：操作系统找不到要执行的程序${c.g.prog ? ` ${ic(c.g.prog)}` : "（参数列表的第一个元素）"}，所以报“找不到文件”。缺的是那个外部命令，不是你的数据文件。`,
      `The traceback stops in subprocess's _execute_child, the step that starts the child process: the operating system cannot find the program to execute${c.g.prog ? `, ${ic(c.g.prog)}` : " (the first element of the argument list)"}, hence “file not found”. What is missing is that external command, not your data file.`,
    ),
  causes: [
    t("外部程序（如 ffmpeg、git、node）没有安装，或安装目录不在运行 Python 的进程的 PATH 里", "the external program (ffmpeg, git, node…) is not installed, or its directory is not on the PATH of the process running Python"),
    t("在 Windows 上调用的是 cmd 内置命令（dir、echo、copy）或 .bat/.cmd 脚本，这些需要 shell=True", "on Windows the command is a cmd built-in (dir, echo, copy) or a .bat/.cmd script, which needs shell=True"),
    t("在 POSIX 上把整条命令作为一个字符串传入但没有 shell=True：整个字符串被当成程序名", "on POSIX the whole command was passed as one string without shell=True, so the entire string is taken as the program name"),
  ],
  solutions: [
    {
      title: t("确认这个程序能在同一环境里找到", "Check the program can be found from the same environment"),
      steps: [
        t("在运行脚本的同一个终端里执行 where 程序名（Windows）或 command -v 程序名（Linux/macOS）；找不到就安装它或把它的目录加入 PATH，然后重开终端或 IDE。也可以在代码里传入程序的完整路径，用 shutil.which() 预先检查。", "In the same terminal that runs the script, run where NAME (Windows) or command -v NAME (Linux/macOS); if it is not found, install it or add its directory to PATH, then reopen the terminal or IDE. Or pass the program's full path in the code, checking first with shutil.which()."),
      ],
    },
    {
      title: t("按平台正确传参", "Pass the arguments the way the platform expects"),
      steps: [t("推荐传列表 ['程序', '参数1', ...]；确实需要 shell 特性（内置命令、管道）时才用 shell=True 和一个字符串。", "Prefer a list ['program', 'arg1', ...]; use shell=True with a single string only when you need shell features (built-ins, pipes).")],
    },
    ...categorySolutions("dependency.missing"),
  ],
  docs: ["https://docs.python.org/3/library/subprocess.html#popen-constructor", "https://docs.python.org/3/library/shutil.html#shutil.which"],
  samples: [
    {
      text: '  File "C:\\Users\\1234\\AppData\\Local\\Programs\\Python\\Python310\\lib\\subprocess.py", line 971, in __init__\n    self._execute_child(args, executable, preexec_fn, close_fds,\n  File "C:\\Users\\1234\\AppData\\Local\\Programs\\Python\\Python310\\lib\\subprocess.py", line 1440, in _execute_child\n    hp, ht, pid, tid = _winapi.CreateProcess(executable, args,\nFileNotFoundError: [WinError 2] The system cannot find the file specified',
      source: "https://github.com/addi00000/empyrean/issues/177",
    },
  ],
});
