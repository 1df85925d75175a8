import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "java.socket-read-timed-out",
  category: "network.timeout",
  match: [/java\.net\.SocketTimeoutException: (?:Read timed out|timeout)\b/],
  title: t("Java 读取响应超时（SocketTimeoutException: Read timed out）", "Java timed out reading the response (SocketTimeoutException: Read timed out)"),
  summary: t(
    "连接已经建立，但在设定的读超时（read timeout / SO_TIMEOUT）内对方没有发来任何数据，于是读取抛出 java.net.SocketTimeoutException。它不是连不上（那是 connect timed out），而是服务器回应得太慢或中途不再发送数据。",
    "The connection was established, but no data arrived within the configured read timeout (read timeout / SO_TIMEOUT), so the read threw java.net.SocketTimeoutException. It is not a failure to connect (that is connect timed out): the server answered too slowly or stopped sending.",
  ),
  causes: [
    t("服务器处理慢或过载（慢查询、批量操作、大模型生成等）", "the server is slow or overloaded (slow queries, bulk operations, LLM generation)"),
    t("客户端的读超时设得比接口正常耗时还短（HttpURLConnection、Apache HttpClient、OkHttp 等各有默认值或配置）", "the client's read timeout is shorter than the endpoint normally takes (HttpURLConnection, Apache HttpClient, OkHttp each have a default or setting)"),
    t("中间的代理、负载均衡或防火墙挂起或丢弃了连接", "a proxy, load balancer or firewall in between stalled or dropped the connection"),
  ],
  solutions: [
    {
      title: t("按接口的正常耗时调大读超时，并捕获这个异常", "Raise the read timeout to what the endpoint needs, and catch the exception"),
      steps: [
        t("找到所用客户端的读超时设置（如 URLConnection.setReadTimeout、OkHttp 的 readTimeout、Apache HttpClient 的 socket timeout）并按接口正常耗时调整；0 表示无限等待，不建议在生产使用。", "Find your client's read-timeout setting (URLConnection.setReadTimeout, OkHttp readTimeout, Apache HttpClient socket timeout) and set it to what the endpoint normally needs; 0 means wait forever, which is unwise in production."),
        t("在调用处捕获 SocketTimeoutException，对幂等请求做有限次数的重试。", "Catch SocketTimeoutException at the call site and retry idempotent requests a bounded number of times."),
      ],
    },
    {
      title: t("同时查服务器端为什么慢", "Also find out why the server is slow"),
      steps: [t("查看服务端日志和该请求的耗时；如果服务器本身超过了几十秒，优先优化接口或改成异步任务。", "Check the server logs and this request's duration; if the server itself takes tens of seconds, optimise the endpoint or make it an asynchronous job.")],
    },
  ],
  docs: ["https://learn.microsoft.com/tr-tr/dotnet/api/java.net.urlconnection.readtimeout?view=net-android-35.0", "https://developer.android.com/reference/kotlin/java/net/SocketTimeoutException"],
  samples: [
    {
      text: "[22:16:47,058] java.net.SocketTimeoutException: Read timed out\njava.net.SocketTimeoutException: Read timed out\n    at java.net.SocketInputStream.socketRead0(Native Method)\n    at sun.net.www.http.HttpClient.parseHTTPHeader(Unknown Source)\n    at org.jsoup.helper.HttpConnection$Response.execute(HttpConnection.java:443)",
      source: "https://github.com/ron190/jsql-injection/issues/4081",
    },
  ],
});
