import { defineKnownError, ic, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "python.file-not-found",
  category: "fs.not_found",
  priority: -1,
  match: [/FileNotFoundError: \[Errno 2\] No such file or directory: '(?<path>[^'\n]{1,300})'/],
  title: (c) => t(`找不到文件或目录 ${ic(c.g.path ?? "?")}`, `No such file or directory: ${ic(c.g.path ?? "?")}`),
  summary: (c) =>
    t(
      `打开或访问 ${ic(c.g.path ?? "?")} 时，路径上的某一部分不存在。${c.g.path && !/^(?:\/|[A-Za-z]:)/.test(c.g.path) ? "这是相对路径：它相对于进程的当前工作目录解析，而不是相对于脚本所在的目录。" : "注意写文件时，open() 只会创建文件本身，不会创建缺失的父目录。"}`,
      `A component of ${ic(c.g.path ?? "?")} does not exist when it is opened or accessed. ${c.g.path && !/^(?:\/|[A-Za-z]:)/.test(c.g.path) ? "It is a relative path: it resolves against the process's current working directory, not the script's directory." : "Note that when writing, open() creates only the file itself, never missing parent directories."}`,
    ),
  causes: [
    t("相对路径按当前工作目录解析：从别的目录、IDE 或计划任务启动脚本时，工作目录不同", "relative paths resolve against the current working directory, which differs when the script is started from another directory, an IDE or a scheduler"),
    t("以写模式打开文件，但它的父目录还不存在（open 不会创建目录）", "the file is opened for writing but its parent directory does not exist yet (open does not create directories)"),
    t("文件确实不在那里：名字拼错、大小写不同（Linux 区分大小写）、还没有下载或生成", "the file really is not there: a typo, different case (Linux is case-sensitive), or not downloaded/generated yet"),
  ],
  solutions: [
    ...categorySolutions("fs.not_found"),
  ],
  docs: ["https://docs.python.org/3/library/exceptions.html#FileNotFoundError", "https://docs.python.org/3/library/pathlib.html#pathlib.Path.mkdir"],
  samples: [
    {
      text: 'File "c:/Users/gamin/Desktop/ChangeOrgSignBot-master/bot.py", line 19, in <module>\n    fname = json.loads(open(\'fnames.json\').read())\nFileNotFoundError: [Errno 2] No such file or directory: \'fnames.json\'',
      source: "https://github.com/JakeHarrison11/ChangeOrgSignBot/issues/3",
    },
  ],
});
