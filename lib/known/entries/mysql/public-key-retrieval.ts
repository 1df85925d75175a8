import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "mysql.public-key-retrieval",
  category: "database",
  match: ["Public Key Retrieval is not allowed"],
  title: t("MySQL 驱动不允许获取服务器公钥（Public Key Retrieval is not allowed）", "The MySQL driver refuses to fetch the server's public key (Public Key Retrieval is not allowed)"),
  summary: t(
    "MySQL 8 默认用 caching_sha2_password 认证。在没有 TLS 的连接上（如 useSSL=false），驱动需要向服务器索取 RSA 公钥来加密密码，而 Connector/J 等驱动默认禁止这么做（防止中间人冒充服务器），于是直接报错。服务器缓存过这个用户的密码后有时又能连上，所以问题常常时有时无。",
    "MySQL 8 authenticates with caching_sha2_password by default. Over a connection without TLS (for example useSSL=false) the driver must ask the server for its RSA public key to encrypt the password, and Connector/J and similar drivers refuse that by default (a man-in-the-middle could hand over a fake key). Once the server has cached the user's password it sometimes works again, so the error tends to come and go.",
  ),
  causes: [
    t("连接串里关闭了 SSL（useSSL=false / sslMode=DISABLED），同时账号使用 caching_sha2_password", "the URL disables SSL (useSSL=false / sslMode=DISABLED) and the account uses caching_sha2_password"),
    t("MySQL 升级到 8.x 或新建容器后第一次登录，服务器还没有缓存该用户的认证信息", "first login after an upgrade to 8.x or a new container, before the server has cached the user's credentials"),
  ],
  solutions: [
    {
      title: t("首选：使用 TLS 连接", "Preferred: connect over TLS"),
      steps: [t("去掉 useSSL=false，改用 sslMode=REQUIRED（或 VERIFY_CA）；有 TLS 时密码直接在加密通道中发送，不需要公钥。", "Drop useSSL=false and use sslMode=REQUIRED (or VERIFY_CA); over TLS the password travels on the encrypted channel and no public key is needed.")],
      code: () => block("properties", ["spring.datasource.url=jdbc:mysql://localhost:3306/mydb?sslMode=REQUIRED"]),
    },
    {
      title: t("本地/可信网络：允许获取公钥", "Local or trusted network: allow key retrieval"),
      steps: [t("在连接串里加 allowPublicKeyRetrieval=true（只在可信网络上这样做）；也可以把账号改为 mysql_native_password，但该插件在 MySQL 8.4 起默认禁用、9.0 已移除。", "Add allowPublicKeyRetrieval=true to the URL (on a trusted network only); switching the account to mysql_native_password also works but that plugin is disabled by default from MySQL 8.4 and removed in 9.0.")],
      code: () => block("properties", ["spring.datasource.url=jdbc:mysql://localhost:3306/mydb?allowPublicKeyRetrieval=true&useSSL=false"]),
    },
  ],
  docs: ["https://dev.mysql.com/doc/connector-j/en/connector-j-connp-props-security.html", "https://dev.mysql.com/doc/refman/8.0/en/caching-sha2-pluggable-authentication.html", "https://github.com/Rocologo/MobHunting/issues/698"],
  samples: [
    { text: "[Server thread/WARN] []: com.mysql.jdbc.exceptions.jdbc4.MySQLNonTransientConnectionException: Public Key Retrieval is not allowed", source: "https://github.com/PlayPro/CoreProtect/issues/166" },
    { text: "Caused by: com.mysql.cj.exceptions.CJException: Public Key Retrieval is not allowed\nat jdk.internal.reflect.DirectConstructorHandleAccessor.newInstance(DirectConstructorHandleAccessor.java:67) ~[?:?]", source: "https://github.com/MrTigreroux/TigerReports/issues/136" },
  ],
});
