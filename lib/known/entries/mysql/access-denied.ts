import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "mysql.access-denied",
  category: "database",
  match: [/Access denied for user '(?<user>[^'\n]{0,80})'@'(?<host>[^'\n]{0,255})' \(using password: (?<pw>YES|NO)\)/],
  title: (c) => t(`MySQL 拒绝了 ${ic(`'${c.g.user ?? ""}'@'${c.g.host ?? ""}'`)} 的登录（1045）`, `MySQL denied access to ${ic(`'${c.g.user ?? ""}'@'${c.g.host ?? ""}'`)} (1045)`),
  summary: (c) =>
    t(
      `MySQL 按“用户名 + 客户端主机”匹配账号；没有与 ${ic(`'${c.g.user ?? ""}'@'${c.g.host ?? ""}'`)} 匹配且密码正确的账号（错误 1045 ER_ACCESS_DENIED_ERROR）。${c.g.pw === "NO" ? "using password: NO 表示客户端根本没有发送密码。" : ""}`,
      `MySQL matches accounts by user name plus client host; no account matches ${ic(`'${c.g.user ?? ""}'@'${c.g.host ?? ""}'`)} with that password (error 1045 ER_ACCESS_DENIED_ERROR).${c.g.pw === "NO" ? " using password: NO means the client sent no password at all." : ""}`,
    ),
  causes: [
    t("密码错误，或配置/环境变量里的密码没有被程序读到", "the password is wrong, or the one in the configuration/environment was never read by the program"),
    t("账号只为另一个主机创建（如 'app'@'localhost'），而连接来自别的地址（Docker 网络中的容器 IP）", "the account exists only for another host (e.g. 'app'@'localhost') while the connection comes from elsewhere (a container IP on a Docker network)"),
    t("Ubuntu/Debian 上 root@localhost 默认使用 auth_socket 插件，只能以系统 root 身份无密码登录，用密码登录会被拒", "on Ubuntu/Debian root@localhost uses the auth_socket plugin by default, so only the OS root user can log in (without a password) and password logins are refused"),
    t("Docker 官方镜像只在首次初始化数据目录时应用 MYSQL_ROOT_PASSWORD", "the official Docker image applies MYSQL_ROOT_PASSWORD only when it first initialises the data directory"),
  ],
  solutions: [
    {
      title: t("查看这个用户有哪些账号、用什么认证插件", "List the user's accounts and their authentication plugins"),
      steps: [t("以管理员登录后查询 mysql.user；确认存在与客户端主机匹配的账号，再按需重设密码。", "As an administrator query mysql.user; make sure an account matches the client's host, then reset its password if needed.")],
      code: (c) =>
        block("bash", [
          c.g.user ? `DB_USER=${shq(c.g.user)}` : 'DB_USER="${DB_USER:?set DB_USER}"',
          'sudo mysql -e "SELECT user, host, plugin FROM mysql.user WHERE user = \'$DB_USER\';"',
        ]),
    },
    {
      title: t("为实际的客户端主机创建或修正账号", "Create or fix the account for the real client host"),
      steps: [t("例如 CREATE USER 'app'@'%' IDENTIFIED BY '…'; 再 GRANT 所需权限；或用 ALTER USER … IDENTIFIED BY 重设密码。", "For example CREATE USER 'app'@'%' IDENTIFIED BY '…'; then GRANT the needed privileges; or reset the password with ALTER USER … IDENTIFIED BY.")],
    },
  ],
  docs: ["https://dev.mysql.com/doc/mysql-errors/9.0/en/server-error-reference.html", "https://github.com/geerlingguy/ansible-role-mysql/issues/121"],
  samples: [{ text: "ERROR 1045 (28000): Access denied for user 'root'@'cc5c5b533260' (using password: YES)", source: "https://github.com/docker-library/mysql/issues/323" }],
});
