import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "php.max-execution-time",
  category: "unknown",
  match: [/Maximum execution time of (?<secs>\d{1,7}) seconds? exceeded/],
  title: (c) => t(`PHP 脚本超过最长执行时间（${c.g.secs ?? "?"} 秒）`, `The PHP script exceeded its maximum execution time (${c.g.secs ?? "?"} s)`),
  summary: (c) =>
    t(
      `脚本运行超过了 max_execution_time（这里是 ${c.g.secs ?? "?"} 秒），PHP 直接以致命错误终止。默认 30 秒，命令行（CLI）下固定为 0 即不限时，所以多见于网页请求。在 Linux 上这个计时只算脚本自身的执行，不算数据库查询、网络流等外部等待；所以先找出慢的循环或计算，长任务放到队列或命令行执行，确实需要时再调高限制。`,
      `The script ran past max_execution_time (${c.g.secs ?? "?"} s here) and PHP stopped it with a fatal error. The default is 30 s and the CLI hard-codes 0 (no limit), so it mostly hits web requests. On Linux the timer counts only the script's own execution, not database queries or stream waits; find the slow loop or computation first, move long jobs to a queue or the command line, and raise the limit only where it is really needed.`,
    ),
  causes: [
    t("网页请求里做了耗时操作（大批量导入导出、图片处理、死循环）", "a web request does heavy work (bulk import/export, image processing, an endless loop)"),
    t("max_execution_time 设得较小，而这个任务本来就需要更久", "max_execution_time is low and the task genuinely needs longer"),
  ],
  solutions: [
    {
      title: t("只为需要的长任务放宽时间限制", "Relax the limit only for the long task"),
      steps: [t("set_time_limit() 会从调用时重新开始计时；传 0 表示不限时，只在确实需要的后台任务里这样做。", "set_time_limit() restarts the timer from the moment it is called; 0 means no limit, which belongs only in background jobs that need it.")],
      code: () => block("php", ["<?php", "// at the start of the long-running script or job", "set_time_limit(300);"]),
    },
    {
      title: t("或者在 php.ini 里调整全局默认值", "Or change the global default in php.ini"),
      steps: [t("用 php --ini 找到生效的 php.ini；PHP-FPM 修改后要重启服务，Web 服务器（nginx 的 fastcgi_read_timeout 等）也有自己的超时。", "Find the active php.ini with php --ini; restart PHP-FPM after editing, and note the web server (nginx fastcgi_read_timeout and the like) has its own timeout.")],
      code: () => block("ini", ["max_execution_time = 120"]),
    },
  ],
  docs: ["https://www.php.net/manual/en/function.set-time-limit.php", "https://www.php.net/manual/en/info.configuration.php#ini.max-execution-time"],
  samples: [{ text: "PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /var/www/html/index.php on line 5", source: "https://www.php.net/manual/en/function.set-time-limit.php" }],
});
