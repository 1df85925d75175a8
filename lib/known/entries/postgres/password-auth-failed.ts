import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "postgres.password-auth-failed",
  category: "database",
  match: [/password authentication failed for user "(?<user>[^"\n]{1,63})"/, "password authentication failed for user"],
  title: (c) => (c.g.user ? t(`PostgreSQL 拒绝了用户 ${ic(c.g.user)} 的密码（28P01）`, `PostgreSQL rejected the password for user ${ic(c.g.user)} (28P01)`) : t("PostgreSQL 密码认证失败（28P01）", "PostgreSQL password authentication failed (28P01)")),
  summary: t(
    "客户端已经连上服务器，pg_hba.conf 中匹配的那一行要求密码认证（md5 / scram-sha-256），而提供的密码与该角色存储的密码不一致（SQLSTATE 28P01 invalid_password）。",
    "The client reached the server and the matching pg_hba.conf line requires password authentication (md5 / scram-sha-256), but the password given does not match the one stored for the role (SQLSTATE 28P01 invalid_password).",
  ),
  causes: [
    t("密码写错，或连接串/环境变量里的密码不是你以为的那个", "the password is wrong, or the one in the connection string/environment is not the one you think"),
    t("Docker 官方镜像只在数据目录为空时用 POSTGRES_PASSWORD 初始化；已有数据卷时改这个变量不会改密码", "the official Docker image applies POSTGRES_PASSWORD only when the data directory is empty; changing it with an existing volume does not change the password"),
    t("该角色根本没有设置过密码（只能本机 peer 登录）", "the role never had a password set (it could only log in locally via peer)"),
  ],
  solutions: [
    {
      title: t("以超级用户登录，重设该角色的密码", "Log in as a superuser and reset the role's password"),
      steps: [t("在数据库主机上用操作系统的 postgres 用户通过本地 socket 登录（通常是 peer 认证，不需要密码），设置新密码，再更新应用配置。", "On the database host log in as the OS postgres user over the local socket (usually peer authentication, no password), set a new password, then update the application's configuration.")],
      code: (c) =>
        block("bash", [
          c.g.user ? `ROLE=${shq(c.g.user)}` : 'ROLE="${ROLE:?set ROLE to the user name}"',
          'NEW_PASSWORD="${NEW_PASSWORD:?set NEW_PASSWORD}"',
          "sudo -u postgres psql -v role=\"$ROLE\" -v pw=\"$NEW_PASSWORD\" <<'SQL'",
          "ALTER ROLE :\"role\" WITH PASSWORD :'pw';",
          "SQL",
        ]),
    },
    {
      title: t("Docker：旧数据卷里的密码仍然有效", "Docker: the old volume still holds the old password"),
      steps: [t("要么用旧密码，要么在容器里用 psql 改密码；只有删除数据卷（会丢数据）才会按新的 POSTGRES_PASSWORD 重新初始化。", "Use the old password, or change it with psql inside the container; only removing the volume (losing its data) re-initialises with the new POSTGRES_PASSWORD.")],
    },
  ],
  docs: ["https://access.crunchydata.com/documentation/postgresql16/16.16/errcodes-appendix.html", "https://postgresql.org/docs/7.1/client-authentication-problems.html", "https://github.com/docker-library/postgres/issues/679"],
  samples: [{ text: 'psql: FATAL:  password authentication failed for user "root"\nFATAL:  password authentication failed for user "root"', source: "https://github.com/HazyResearch/deepdive/issues/681" }],
});
