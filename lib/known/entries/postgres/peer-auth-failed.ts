import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "postgres.peer-auth-failed",
  category: "database",
  match: [/Peer authentication failed for user "(?<user>[^"\n]{1,63})"/i, /Ident authentication failed for user "(?<user>[^"\n]{1,63})"/i],
  title: (c) => t(`peer 认证失败：操作系统用户与数据库用户 ${ic(c.g.user ?? "")} 不同名`, `Peer authentication failed: the OS user is not the database user ${ic(c.g.user ?? "")}`),
  summary: (c) =>
    t(
      `通过本地 Unix socket 连接时，pg_hba.conf 的 local 行通常使用 peer 认证：只允许与数据库用户同名的操作系统用户登录。你以另一个系统用户的身份去登录 ${ic(c.g.user ?? "")}，所以被拒（这和密码无关）。`,
      `Over the local Unix socket, pg_hba.conf's local lines usually use peer authentication: only the OS user with the same name as the database user may log in. You tried to log in as ${ic(c.g.user ?? "")} from a different OS user, so it was refused (passwords are not involved).`,
    ),
  causes: [
    t("用自己的系统账号执行 psql -U postgres（或 -U 应用用户）并走本地 socket", "psql -U postgres (or -U app_user) run from your own OS account over the local socket"),
    t("应用连接串没写 host，于是走 Unix socket 命中 local … peer 规则", "the application's connection string has no host, so it uses the Unix socket and hits the local … peer rule"),
  ],
  solutions: [
    {
      title: t("改走 TCP 连接，使用密码认证", "Connect over TCP and use password authentication"),
      steps: [t("加上 -h 127.0.0.1（应用里设置 host=localhost），命中 host … scram-sha-256/md5 规则，用密码登录。", "Add -h 127.0.0.1 (host=localhost in the application) so the host … scram-sha-256/md5 rule applies and the password is used.")],
    },
    {
      title: t("或者以同名系统用户运行", "Or run as the OS user of the same name"),
      steps: [t("管理操作用 sudo -u postgres psql；也可以在 pg_hba.conf 中把对应 local 行改为 scram-sha-256 后 reload（会影响所有本地连接）。", "For administration use sudo -u postgres psql; or change the relevant local line in pg_hba.conf to scram-sha-256 and reload (this affects every local connection).")],
    },
  ],
  docs: ["https://access.crunchydata.com/documentation/postgresql15/15.3/auth-pg-hba-conf.html", "https://github.com/iv-org/invidious/issues/881"],
  samples: [{ text: "psql -d miningcore -U miningcore -f createdb.sql\npsql: FATAL:  Peer authentication failed for user \"miningcore\"", source: "https://github.com/oliverw/miningcore/issues/403" }],
});
