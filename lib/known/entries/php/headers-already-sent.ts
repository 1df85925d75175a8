import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "php.headers-already-sent",
  category: "unknown",
  match: [/Cannot modify header information - headers already sent by \(output started at (?<at>[^)\n]{1,300})\)/, /Cannot send session cache limiter - headers already sent \(output started at (?<at>[^)\n]{1,300})\)/],
  title: (c) => t(`输出已经开始，不能再发送 HTTP 头（输出始于 ${ic(c.g.at ?? "?")}）`, `Output already started, HTTP headers can no longer be sent (output began at ${ic(c.g.at ?? "?")})`),
  summary: (c) =>
    t(
      `header()、setcookie()、session_start() 这类函数必须在任何输出之前调用：第一次输出时 PHP 会把 HTTP 头一次性发给服务器，之后就不能再改。括号里的 ${c.g.at ? ic(c.g.at) : "“output started at”"} 指出了最先产生输出的文件和行。`,
      `Functions such as header(), setcookie() and session_start() must run before any output: on the first output PHP sends all HTTP headers at once and cannot change them afterwards. ${c.g.at ? ic(c.g.at) : "The \"output started at\" part"} names the file and line that produced output first.`,
    ),
  causes: [
    t("<?php 之前或 ?> 之后有空白/空行", "whitespace or blank lines before <?php or after ?>"),
    t("文件带有 UTF-8 BOM", "a UTF-8 byte order mark at the start of a file"),
    t("在 header()/重定向之前已经 echo/print 或输出了 HTML、错误/警告信息", "echo/print, HTML or an earlier warning was output before header() or the redirect"),
  ],
  solutions: [
    {
      title: t("去掉“output started at”指向位置的提前输出", "Remove the early output at the \"output started at\" location"),
      steps: [t("打开括号里的文件和行：删掉 <?php 前的空白和纯 PHP 文件末尾的 ?>，把文件另存为不带 BOM 的 UTF-8，并把 header()/session_start() 移到任何 echo 之前。", "Open that file and line: delete whitespace before <?php and the closing ?> of pure-PHP files, save the file as UTF-8 without BOM, and move header()/session_start() before any echo.")],
    },
  ],
  docs: ["https://www.edureka.co/community/questions/163609/how-to-fix-headers-already-sent-error-in-php", "https://help.aliyun.com/zh/functioncompute/how-to-handle-the-cannot-modify-header-information-headers-already-sent-by-output-started-at-error"],
  samples: [{ text: "[27-May-2018 16:54:54 Europe/London] PHP Warning:  Cannot modify header information - headers already sent by (output started at /home/sasvirtualgroup/crew.sasvirtual.co.uk/core/modules/MassMailer/MassMailer.php:2) in /home/sasvirtualgroup/crew.sasvirtual.co.uk/index.php on line 78", source: "https://pastebin.com/kZVF31AP" }],
});
