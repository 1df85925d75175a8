import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "spring.javax-to-jakarta",
  category: "dependency.missing",
  priority: 1,
  match: [
    /(?:ClassNotFoundException|NoClassDefFoundError):?\s{0,3}(?<cls>javax[./](?:servlet|persistence|validation|annotation|transaction|inject|ws\/rs|ws\.rs|mail|websocket)[\w$./]{0,200})/,
    /package (?<cls>javax\.(?:servlet|persistence|validation|annotation|transaction|inject|ws\.rs|mail|websocket)[\w.]{0,200}) does not exist/,
  ],
  title: (c) => t(`Spring Boot 3 / Jakarta EE 9+ 已不再提供 ${ic(c.g.cls ?? "javax.*")}`, `${ic(c.g.cls ?? "javax.*")} is gone in Spring Boot 3 / Jakarta EE 9+`),
  summary: t(
    "Spring Boot 3（Spring Framework 6）基于 Jakarta EE，javax.servlet、javax.persistence、javax.validation 等包都改名为 jakarta.*。代码或某个依赖还在引用 javax.* 时，编译报 package does not exist，运行时报 ClassNotFoundException / NoClassDefFoundError。注意 javax.sql、javax.crypto、javax.net 属于 JDK，不需要改。",
    "Spring Boot 3 (Spring Framework 6) is built on Jakarta EE, where javax.servlet, javax.persistence, javax.validation and friends were renamed to jakarta.*. Code or a dependency that still references javax.* fails to compile (package does not exist) or fails at run time (ClassNotFoundException / NoClassDefFoundError). javax.sql, javax.crypto and javax.net are part of the JDK and stay.",
  ),
  causes: [
    t("升级到 Spring Boot 3 后，自己的代码里还有 import javax.servlet / javax.persistence 等", "after upgrading to Spring Boot 3 your own code still imports javax.servlet, javax.persistence, …"),
    t("某个第三方库还没有发布 Jakarta 版本，仍在引用 javax.*", "a third-party library has no Jakarta release yet and still references javax.*"),
  ],
  solutions: [
    {
      title: t("把 javax.* 的导入和依赖换成 jakarta.*", "Switch the javax.* imports and dependencies to jakarta.*"),
      steps: [
        t("把 import javax.servlet.* 改成 jakarta.servlet.*（persistence、validation、annotation 等同理），依赖坐标也换成 jakarta.* 的 API；IntelliJ IDEA 和 OpenRewrite 的迁移配方可以批量完成。", "Change import javax.servlet.* to jakarta.servlet.* (same for persistence, validation, annotation, …) and switch the API dependencies to their jakarta.* coordinates; IntelliJ IDEA's migration and OpenRewrite's recipes do it in bulk."),
      ],
    },
    {
      title: t("依赖还没有 Jakarta 版本时", "When a dependency has no Jakarta release"),
      steps: [t("升级到该库支持 Jakarta 的版本；如果还没有，暂时留在 Spring Boot 2.x。", "Upgrade to the library's Jakarta-compatible release; if there is none yet, stay on Spring Boot 2.x for now.")],
    },
  ],
  docs: ["https://docs.openrewrite.org/recipes/java/spring/boot3/upgradespringboot_3_0", "https://docs.openrewrite.org/recipes/java/migrate/jakarta/javaxmigrationtojakarta"],
  samples: [{ text: "Caused by: java.lang.ClassNotFoundException: javax.servlet.http.HttpServletRequest\n\tat java.base/jdk.internal.loader.BuiltinClassLoader.loadClass(BuiltinClassLoader.java:641)", source: "https://docs.openrewrite.org/recipes/java/migrate/jakarta/javaxmigrationtojakarta" }],
});
