import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "linux.too-many-open-files",
  category: "unknown",
  match: [/\bEMFILE\b[^\n]{0,20}too many open files/i, /\(24\)[^\n]{0,10}Too many open files|\[Errno 24\] Too many open files/, "Too many open files"],
  title: t("进程打开的文件描述符达到上限（Too many open files / EMFILE）", "The process hit its open-file limit (Too many open files / EMFILE)"),
  summary: t(
    "每个进程能同时打开的文件描述符（文件、套接字、管道）有上限（RLIMIT_NOFILE，很多系统的软限制默认为 1024）；进程已用满，新的 open/accept/socket 调用返回 EMFILE。",
    "Each process may hold a limited number of file descriptors (files, sockets, pipes) at once (RLIMIT_NOFILE; the soft limit defaults to 1024 on many systems); this process used them all, so new open/accept/socket calls fail with EMFILE.",
  ),
  causes: [
    t("描述符泄漏：文件/连接打开后没有关闭（长期运行的服务里逐渐累积）", "a descriptor leak: files or connections opened and never closed (builds up in long-running services)"),
    t("并发连接或同时打开的文件确实多，而软限制还是默认的 1024", "many concurrent connections or files really are open while the soft limit is still the default 1024"),
    t("systemd 服务不读 /etc/security/limits.conf，要在 unit 里用 LimitNOFILE 设置", "systemd services ignore /etc/security/limits.conf; the limit must be set with LimitNOFILE in the unit"),
  ],
  solutions: [
    {
      title: t("先确认当前限制和实际用量", "Check the current limit and real usage"),
      steps: [t("对比进程的 Max open files 与它打开的描述符数量；数量随时间一直增长就是泄漏，需要修代码。", "Compare the process's Max open files with how many descriptors it holds; a count that only grows is a leak to fix in the code.")],
      code: () => block("bash", ['PID="${PID:?set PID to the process id}"', 'grep "open files" "/proc/$PID/limits"', 'ls "/proc/$PID/fd" | wc -l', "ulimit -n"]),
    },
    {
      title: t("为服务调高 LimitNOFILE", "Raise LimitNOFILE for the service"),
      steps: [t("systemd 服务用 drop-in 覆盖文件设置 LimitNOFILE，然后 daemon-reload 并重启服务；交互式 shell 用 ulimit -n 临时调高。", "For a systemd service set LimitNOFILE in a drop-in override, then daemon-reload and restart it; in an interactive shell raise it temporarily with ulimit -n.")],
      code: () => block("bash", ['SERVICE="${SERVICE:?set SERVICE to the unit name}"', 'sudo mkdir -p "/etc/systemd/system/$SERVICE.service.d"', "printf '[Service]\\nLimitNOFILE=65536\\n' | sudo tee \"/etc/systemd/system/$SERVICE.service.d/limits.conf\"", "sudo systemctl daemon-reload", 'sudo systemctl restart "$SERVICE"']),
    },
  ],
  docs: ["https://github.com/containerd/containerd/issues/3201", "https://help.puppet.com/pe/current/topics/config_ulimit_systemd.htm"],
  samples: [{ text: "OSError: [Errno 24] Too many open files: '/var/lib/app/cache/0042.json'", source: "https://github.com/containerd/containerd/issues/3201" }],
});
