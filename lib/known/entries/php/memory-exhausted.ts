import { defineKnownError, t } from "../../define";

const mib = (bytes: string | undefined): string | null => {
  const n = bytes ? Number.parseInt(bytes, 10) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? `${Math.round(n / 1048576)}M` : null;
};

export default defineKnownError({
  id: "php.memory-exhausted",
  category: "resource.memory",
  match: [/Allowed memory size of (?<limit>\d{4,13}) bytes exhausted(?: \(tried to allocate (?<want>\d{1,13}) bytes\))?/],
  title: (c) => {
    const m = mib(c.g.limit);
    return m ? t(`PHP 脚本用完了 memory_limit（${m}）`, `The PHP script used up memory_limit (${m})`) : t("PHP 脚本用完了 memory_limit", "The PHP script used up memory_limit");
  },
  summary: (c) => {
    const m = mib(c.g.limit);
    const want = Number.parseInt(c.g.want ?? "", 10);
    const big = Number.isFinite(want) && c.g.limit && want > Number.parseInt(c.g.limit, 10) / 4;
    return t(
      `PHP 给每个请求/脚本设置了内存上限 memory_limit${m ? `（这里是 ${m}）` : ""}，脚本达到上限时再申请内存就会致命错误退出。${big ? "这次一次申请的量就很大，说明是在内存里处理了一个很大的数据（整个文件、整张表的结果集、大数组）。" : "一次只申请几十字节却失败，说明内存是被慢慢占满的：大循环里累积数据，或者无限递归。"}`,
      `PHP caps each request/script at memory_limit${m ? ` (${m} here)` : ""}; once the script reaches it, the next allocation is a fatal error. ${big ? "This single allocation was large, so a big piece of data is being handled in memory (a whole file, a full result set, a huge array)." : "A tiny allocation failed, so memory filled up gradually: data accumulating in a loop, or runaway recursion."}`,
    );
  },
  causes: [
    t("一次性读入整个文件或整个查询结果，而不是分批/流式处理", "reading a whole file or query result at once instead of in batches or streams"),
    t("循环里不断往数组里追加数据，或无限递归", "a loop that keeps appending to an array, or runaway recursion"),
    t("memory_limit 对这个任务确实太小（CLI 任务、导入导出、Composer 等）", "memory_limit is genuinely too small for the job (CLI tasks, imports/exports, Composer)"),
  ],
  solutions: [
    {
      title: t("分批处理数据，别一次性全部装进内存", "Process data in batches instead of loading it all"),
      steps: [t("对数据库结果用分页/游标（例如框架的 chunk/cursor），文件用逐行读取；报错的 文件:行号 就是内存增长的地方。", "Page through database results (a framework's chunk/cursor) and read files line by line; the file:line in the error is where memory grows.")],
    },
    {
      title: t("任务确实需要更多内存时，提高 memory_limit", "If the job really needs more, raise memory_limit"),
      steps: [t("在 php.ini 里调高 memory_limit（或对单个 CLI 命令用 php -d memory_limit=512M），改完重启 PHP-FPM/Web 服务器；注意代码里硬编码的 ini_set('memory_limit', …) 会覆盖 php.ini。", "Raise memory_limit in php.ini (or per CLI command with php -d memory_limit=512M) and restart PHP-FPM/the web server; note that a hard-coded ini_set('memory_limit', …) in the code overrides php.ini.")],
    },
  ],
  docs: ["https://github.com/Cacti/cacti/issues/2712", "https://gist.github.com/skwid138/d24a867f61c34036bd420e40df1c8c87"],
  samples: [{ text: "PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 40000 bytes) in pa1815/index.php on line 60, referer: pa1815/archivedphoto.php", source: "https://github.com/nobelharvards/PA1815/issues/10" }],
});
