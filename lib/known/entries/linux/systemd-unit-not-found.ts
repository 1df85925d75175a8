import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "linux.systemd-unit-not-found",
  category: "dependency.missing",
  match: [
    /Failed to (?<action>start|restart|stop|enable|reload) (?<unit>[\w@.:-]{1,120})(?:\.service)?: Unit (?<unitfull>[\w@.:-]{1,130}) (?:not found|could not be found)\./,
    /Failed to (?<action>start|restart|stop|enable|reload) (?<unit>[\w@.:-]{1,120}): Unit not found\./,
    /Unit (?<unitfull>[\w@.:-]{1,130}\.(?:service|socket|timer)) could not be found\./,
  ],
  title: (c) => {
    const unit = c.g.unitfull ?? c.g.unit ?? "";
    return t(`systemd 找不到服务单元 ${unit}`, `systemd has no unit named ${unit}`);
  },
  summary: (c) => {
    const unit = c.g.unitfull ?? c.g.unit ?? "";
    return t(
      `systemctl 在 /etc/systemd/system、/usr/lib/systemd/system（或 /lib/systemd/system）等目录里都没有找到 ${ic(unit)} 的单元文件。要么提供这个服务的软件没装（或装的是不带 systemd 服务的版本），要么服务名写错了，要么刚复制进去的 .service 文件还没执行 systemctl daemon-reload。`,
      `systemctl found no unit file for ${ic(unit)} in /etc/systemd/system, /usr/lib/systemd/system (or /lib/systemd/system) and the other unit directories. Either the software that provides it is not installed (or was installed without a systemd unit), the name is wrong, or a freshly copied .service file has not been loaded with systemctl daemon-reload.`,
    );
  },
  causes: [
    t("提供该服务的软件包没有安装（例如只装了客户端，没装服务端；或用二进制包/脚本安装，没有附带 .service 文件）", "the package providing the service is not installed (client only, or installed from a tarball or script without a .service file)"),
    t("服务名和发行版不同（如 mysql 与 mysqld/mariadb、sshd 与 ssh、docker 用 snap 安装后叫 snap.docker.dockerd）", "the distribution names it differently (mysql vs mysqld/mariadb, sshd vs ssh, snap's snap.docker.dockerd)"),
    t("新建或复制了 .service 文件，但没有运行 systemctl daemon-reload", "a new or copied .service file was never loaded with systemctl daemon-reload"),
    t("这是用户级服务（systemctl --user），或当前环境（容器、旧版 WSL）根本没有 systemd", "it is a user service (systemctl --user), or this environment (a container, older WSL) does not run systemd"),
  ],
  solutions: [
    {
      title: t("查一下真实的服务名，并重新加载单元文件", "Find the real unit name and reload unit files"),
      steps: [t("按关键词列出已知的单元；刚放入的 .service 文件需要 daemon-reload 之后才能启动。", "List known units by keyword; a .service file you just added needs daemon-reload before it can start.")],
      code: (c) => {
        const unit = (c.g.unitfull ?? c.g.unit ?? "myapp").replace(/\.service$/, "");
        return block("bash", [`systemctl list-unit-files --type=service | grep -i ${shq(unit.split(/[@.]/)[0] ?? unit)}`, "sudo systemctl daemon-reload", `sudo systemctl start ${shq(unit)}`]);
      },
    },
    {
      title: t("安装提供该服务的软件包，或自己写一个单元文件", "Install the package that provides it, or write the unit yourself"),
      steps: [t("用包管理器安装服务端软件包（Debian/Ubuntu 用 apt，RHEL/Fedora 用 dnf）。自己的程序则在 /etc/systemd/system/ 下写一个 .service 文件，daemon-reload 后 enable --now。", "Install the server package with the package manager (apt on Debian/Ubuntu, dnf on RHEL/Fedora). For your own program write a .service file under /etc/systemd/system/, daemon-reload, then enable --now.")],
      code: (c) => {
        const unit = (c.g.unitfull ?? c.g.unit ?? "myapp").replace(/\.service$/, "");
        return block("bash", [`find /etc/systemd/system /usr/lib/systemd/system /lib/systemd/system -name ${shq(`${unit}.service`)}`, `sudo systemctl enable --now ${shq(unit)}`]);
      },
    },
  ],
  docs: ["https://www.freedesktop.org/software/systemd/man/latest/systemctl.html", "https://github.com/moby/moby/issues/40810", "https://github.com/BotoX/ServerStatus/issues/31"],
  samples: [
    { text: "systemctl start docker\nFailed to start docker.service: Unit not found.", source: "https://github.com/moby/moby/issues/40810" },
    { text: "(dpenv) cookietempleuser@mlf-core-host:~/mlf-core-website$ sudo systemctl start mlf-core-website\nFailed to start mlf-core-website.service: Unit mlf-core-website.service not found.", source: "https://github.com/cookiejar/cookietemple/issues/424" },
  ],
});
