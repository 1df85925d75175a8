import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "laravel.sqlstate-hy000-2002",
  category: "database",
  match: [/SQLSTATE\[HY000\] \[2002\] (?<reason>Connection refused|No such file or directory|php_network_getaddresses: getaddrinfo(?: for [\w.-]{1,100})? failed[^\n(]{0,80}|Operation timed out|Connection timed out)/],
  title: (c) => t(`PHP 连不上 MySQL 服务器（[2002] ${c.g.reason ?? ""}）`, `PHP cannot reach the MySQL server ([2002] ${c.g.reason ?? ""})`),
  summary: (c) =>
    t(
      c.g.reason === "No such file or directory"
        ? "用 localhost 连接 MySQL 时，PDO 走的是 Unix socket；这个 socket 文件不存在，说明本机没有运行 MySQL，或者 MySQL 在容器/另一台机器上。改用 TCP（DB_HOST=127.0.0.1 或数据库服务的主机名）。"
        : c.g.reason?.startsWith("php_network_getaddresses")
          ? "DB_HOST 写的主机名解析不了：在容器外用了 docker-compose 的服务名，或者服务名拼错。"
          : "应用按 DB_HOST:DB_PORT 去连 MySQL，但那里没有服务在监听。最常见的是在 Docker 里：DB_HOST=127.0.0.1 指向的是应用容器自己，而不是数据库容器；应改成 docker-compose 里数据库服务的名字。",
      c.g.reason === "No such file or directory"
        ? "With localhost, PDO connects to MySQL over a Unix socket; that socket file does not exist, so MySQL is not running locally, or it runs in a container/on another host. Use TCP instead (DB_HOST=127.0.0.1 or the database service's host name)."
        : c.g.reason?.startsWith("php_network_getaddresses")
          ? "The host name in DB_HOST does not resolve: a docker-compose service name used outside the containers, or a misspelt service name."
          : "The app connects to MySQL at DB_HOST:DB_PORT and nothing listens there. Most often in Docker: DB_HOST=127.0.0.1 points at the app container itself, not the database container; use the database service's name from docker-compose.",
    ),
  causes: [
    t("在 Docker/docker-compose 里 DB_HOST 写成了 127.0.0.1/localhost，应为数据库服务名（如 mysql、db）", "in Docker/docker-compose DB_HOST is 127.0.0.1/localhost instead of the database service name (e.g. mysql, db)"),
    t("MySQL 服务没有启动，或端口不是 DB_PORT", "the MySQL server is not running, or not on DB_PORT"),
    t("修改 .env 后配置仍被 config:cache 缓存着", "the config is still cached by config:cache after editing .env"),
  ],
  solutions: [
    {
      title: t("让 DB_HOST/DB_PORT 指向真正运行 MySQL 的地方", "Point DB_HOST/DB_PORT at where MySQL really runs"),
      steps: [t("容器里用 docker-compose 的数据库服务名作为 DB_HOST；本机开发确认 MySQL 已启动并监听 DB_PORT。改完 .env 后运行 php artisan config:clear。", "Inside containers use the docker-compose database service name as DB_HOST; locally make sure MySQL runs and listens on DB_PORT. Run php artisan config:clear after editing .env.")],
    },
  ],
  docs: ["https://github.com/laradock/laradock/issues/526", "https://github.com/aschmelyun/docker-compose-laravel/issues/48"],
  samples: [{ text: "Illuminate\\Database\\QueryException\n\nSQLSTATE[HY000] [2002] Connection refused (SQL: select * from information_schema.tables where table_schema = laravel and table_name = migrations and table_type = 'BASE TABLE')", source: "https://github.com/bitpressio/docker-for-php-developers-errata/issues/13" }],
});
