import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "spring.datasource-url-not-specified",
  category: "database",
  match: [/Failed to (?:auto-)?configure a DataSource: '(?:spring\.datasource\.)?url' (?:attribute )?is not specified and no embedded datasource could be (?:auto-)?configured/],
  title: t("Spring Boot 没有数据源 URL，也没有可用的嵌入式数据库", "Spring Boot has no DataSource URL and no embedded database"),
  summary: t(
    "类路径上有 JDBC/JPA（spring-boot-starter-data-jpa、jdbc、MyBatis 等），于是 Spring Boot 要自动配置一个 DataSource；但 spring.datasource.url 没有设置，类路径上也没有 H2/HSQL/Derby 这类可以自动配置的嵌入式数据库。",
    "JDBC/JPA is on the classpath (spring-boot-starter-data-jpa, jdbc, MyBatis, …), so Spring Boot tries to auto-configure a DataSource; but spring.datasource.url is not set and no embedded database (H2, HSQL, Derby) that it could configure instead is on the classpath.",
  ),
  causes: [
    t("application.properties / application.yml 里没有 spring.datasource.url（或写错了前缀、缩进）", "application.properties / application.yml has no spring.datasource.url (or a wrong prefix or YAML indentation)"),
    t("配置写在某个 profile 里（application-dev.yml），但启动时没有激活这个 profile", "the settings live in a profile (application-dev.yml) that is not active"),
    t("配置文件没有被打进 classpath（放错目录、资源目录没有标记为 resources）", "the config file is not on the classpath (wrong folder, resources folder not marked as such)"),
    t("项目根本不需要数据库，却引入了 JPA/JDBC 依赖", "the project needs no database but pulls in a JPA/JDBC starter"),
  ],
  solutions: [
    {
      title: t("设置 spring.datasource.url 等连接属性", "Set spring.datasource.url and the connection properties"),
      steps: [t("在 src/main/resources/application.properties（或激活的 profile 文件）里写上数据库 URL、用户名和密码，并确认对应的 JDBC 驱动在依赖里。", "Put the database URL, user and password in src/main/resources/application.properties (or the active profile's file) and make sure the JDBC driver is a dependency.")],
      code: () => block("properties", ["spring.datasource.url=${DB_URL}", "spring.datasource.username=${DB_USER}", "spring.datasource.password=${DB_PASSWORD}"]),
    },
    {
      title: t("配置在 profile 里时，激活它", "If the settings are in a profile, activate it"),
      steps: [t("用 --spring.profiles.active=dev 或环境变量 SPRING_PROFILES_ACTIVE=dev 启动。", "Start with --spring.profiles.active=dev or SPRING_PROFILES_ACTIVE=dev.")],
    },
    {
      title: t("不需要数据库时，去掉 JPA/JDBC 依赖或排除 DataSourceAutoConfiguration", "If no database is needed, drop the JPA/JDBC starter or exclude DataSourceAutoConfiguration"),
      steps: [t("删除不需要的 starter；或者在 @SpringBootApplication(exclude = DataSourceAutoConfiguration.class) 里排除数据源自动配置。", "Remove the unneeded starter, or exclude it with @SpringBootApplication(exclude = DataSourceAutoConfiguration.class).")],
    },
  ],
  docs: ["https://docs.spring.io/spring-boot/reference/data/sql.html", "https://github.com/spring-projects/spring-boot/issues/12947"],
  samples: [
    {
      text: "***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nFailed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured.\n\nReason: Failed to determine a suitable driver class",
      source: "https://github.com/DolphaGo/Issues/issues/4",
    },
  ],
});
