import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "linux.apt-lock",
  category: "dependency.install",
  match: [
    /Could not get lock (?<lock>\/var\/lib\/(?:dpkg\/lock(?:-frontend)?|apt\/lists\/lock)|\/var\/cache\/apt\/archives\/lock)\.? (?:It is held by process (?<pid>\d{1,8}) \((?<proc>[\w.-]{1,40})\)|- open \(11: Resource temporarily unavailable\))/,
    /Unable to acquire the dpkg frontend lock \(\/var\/lib\/dpkg\/lock-frontend\), is another process using it\?/,
    "dpkg frontend is locked by another process",
  ],
  title: t("apt/dpkg 正被另一个进程使用（锁被占用）", "apt/dpkg is busy in another process (the lock is held)"),
  summary: (c) =>
    t(
      `同一时间只能有一个 apt/dpkg 修改软件包，所以它用锁文件${c.g.lock ? ` ${ic(c.g.lock)}` : ""}互斥。${c.g.proc ? `现在持有锁的是进程 ${c.g.pid}（${ic(c.g.proc)}）` : "现在另一个进程持有锁"}${c.g.proc?.startsWith("unattended") ? "：这是开机后自动运行的安全更新，新建的云主机上很常见，通常几分钟内结束" : ""}。等它结束再运行即可；不要直接删除锁文件，那可能在安装中途破坏包数据库。`,
      `Only one apt/dpkg may change packages at a time, so it takes the lock${c.g.lock ? ` ${ic(c.g.lock)}` : ""}. ${c.g.proc ? `Process ${c.g.pid} (${ic(c.g.proc)}) holds it now` : "Another process holds it now"}${c.g.proc?.startsWith("unattended") ? ": the automatic security updates that run after boot, common on fresh cloud machines and usually done within minutes" : ""}. Wait for it to finish and run again; do not delete the lock files, which can corrupt the package database mid-install.`,
    ),
  causes: [
    t("开机后自动运行的 unattended-upgrades / apt-daily 正在更新", "unattended-upgrades / apt-daily is updating after boot"),
    t("另一个终端、软件中心或脚本里的 apt 还在运行（或卡在交互提问上）", "an apt in another terminal, the software centre or a script is still running (or waiting on a prompt)"),
    t("上一次 apt 被强行中断，留下了未完成的 dpkg 操作", "a previous apt was killed mid-way and left dpkg unfinished"),
  ],
  solutions: [
    {
      title: t("看看谁持有锁，等它结束", "See who holds the lock and wait for it"),
      steps: [t("确认持锁进程；如果是自动更新，等待它结束。脚本里可以循环等待，或用 apt-get 的 DPkg::Lock::Timeout 选项等待。", "Identify the holder; if it is the automatic update, let it finish. In scripts, loop until the lock is free or use apt-get's DPkg::Lock::Timeout option.")],
      code: (c) => block("bash", [c.g.pid ? `ps -o pid,etime,cmd -p ${c.g.pid}` : "ps aux | grep -E '[a]pt|[d]pkg'", "sudo apt-get -o DPkg::Lock::Timeout=600 install -y PACKAGE"]),
    },
    {
      title: t("进程确实已不存在时，修复中断的 dpkg", "If no apt process is left, repair the interrupted dpkg"),
      steps: [t("只有在确认没有任何 apt/dpkg 进程运行后，才让 dpkg 完成未完成的配置。", "Only after confirming no apt/dpkg process runs, let dpkg finish the pending configuration.")],
      code: () => block("bash", ["sudo fuser -v /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock", "sudo dpkg --configure -a", "sudo apt-get -f install"]),
    },
  ],
  docs: ["https://manpages.debian.org/bookworm/apt/apt-get.8.en.html", "https://github.com/MichaIng/DietPi/issues/3032", "https://github.com/pop-os/pop/issues/2292"],
  samples: [
    { text: "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4407 (unattended-upgr)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?", source: "https://github.com/solana-labs/bench-tps-dos-test/issues/8" },
    { text: "sudo apt-get -yqq upgrade\nE: Could not get lock /var/lib/dpkg/lock-frontend - open (11: Resource temporarily unavailable)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?", source: "https://github.com/QuickBox/QB/issues/185" },
  ],
});
