import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "php.mysql-extension-removed",
  category: "code.name",
  match: [/Call to undefined function (?<fn>mysql_[a-z_]{1,40})\(\)/],
  title: (c) => t(`${c.g.fn ?? "mysql_*"}() 已随 mysql 扩展从 PHP 7 移除`, `${c.g.fn ?? "mysql_*"}() was removed with the mysql extension in PHP 7`),
  summary: (c) =>
    t(
      `${c.g.fn ?? "mysql_*"}() 属于旧的 mysql 扩展：它在 PHP 5.5 中被废弃，在 PHP 7.0 中被彻底移除。代码是为 PHP 5 写的，运行在 PHP 7 或更新版本上，这些函数已不存在，需要改用 mysqli 或 PDO_MySQL。`,
      `${c.g.fn ?? "mysql_*"}() belongs to the old mysql extension, deprecated in PHP 5.5 and removed in PHP 7.0. The code was written for PHP 5 and runs on PHP 7 or newer, where these functions no longer exist; it has to move to mysqli or PDO_MySQL.`,
    ),
  causes: [
    t("项目代码（或其依赖）使用 mysql_* 函数，而服务器运行的是 PHP 7.0 或更高版本", "the project (or a dependency) uses mysql_* functions while the server runs PHP 7.0 or newer"),
    t("服务器或集成环境（XAMPP/WAMP 等）升级了 PHP 版本", "the server or a bundle (XAMPP/WAMP …) upgraded PHP"),
  ],
  solutions: [
    {
      title: t("把 mysql_* 调用改写为 mysqli（或 PDO）", "Rewrite the mysql_* calls with mysqli (or PDO)"),
      steps: [t("mysqli 的函数大多和旧函数一一对应，但连接对象要作为第一个参数传入（mysqli_query($conn, $sql)）。新代码建议用预处理语句。", "mysqli functions mostly map one-to-one, but the connection is passed as the first argument (mysqli_query($conn, $sql)). Use prepared statements in new code.")],
      code: () =>
        block("php", [
          "<?php",
          '$conn = mysqli_connect(getenv("DB_HOST"), getenv("DB_USER"), getenv("DB_PASSWORD"), getenv("DB_NAME"));',
          "if (!$conn) {",
          '    die("Connection failed: " . mysqli_connect_error());',
          "}",
          '$stmt = mysqli_prepare($conn, "SELECT id, name FROM users WHERE id = ?");',
          "$id = 1;",
          'mysqli_stmt_bind_param($stmt, "i", $id);',
          "mysqli_stmt_execute($stmt);",
        ]),
    },
    {
      title: t("或者用 PDO_MySQL", "Or use PDO_MySQL"),
      steps: [t("PDO 用统一的接口访问多种数据库，同样支持预处理语句。不建议为旧代码降级到早已停止维护的 PHP 5。", "PDO offers one interface for several databases and supports prepared statements too. Downgrading to long-unsupported PHP 5 for old code is not advisable.")],
      code: () =>
        block("php", [
          "<?php",
          '$dsn = "mysql:host=" . getenv("DB_HOST") . ";dbname=" . getenv("DB_NAME") . ";charset=utf8mb4";',
          '$pdo = new PDO($dsn, getenv("DB_USER"), getenv("DB_PASSWORD"), [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);',
          '$stmt = $pdo->prepare("SELECT id, name FROM users WHERE id = ?");',
          "$stmt->execute([1]);",
          "$row = $stmt->fetch(PDO::FETCH_ASSOC);",
        ]),
    },
  ],
  docs: ["https://www.php.net/intro.mysql.php", "https://php.net/manual/en/mysql.requirements"],
  samples: [
    {
      text: "Fatal error: Uncaught Error: Call to undefined function mysql_connect() in /opt/lampp/htdocs/st/userlogin.php:66 Stack trace: #0 {main} thrown in /opt/lampp/htdocs/st/userlogin.php on line 66",
      source: "https://github.com/akshaytambe/StudiousMe/issues/2",
    },
  ],
});
