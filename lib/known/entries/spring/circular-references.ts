import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "spring.circular-references",
  category: "unknown",
  match: ["The dependencies of some of the beans in the application context form a cycle", "Relying upon circular references is discouraged and they are prohibited by default"],
  title: t("Spring Bean 之间存在循环依赖（Spring Boot 2.6 起默认禁止）", "Circular dependency between Spring beans (prohibited by default since Spring Boot 2.6)"),
  summary: t(
    "几个 Bean 互相注入形成了环（A 依赖 B，B 又依赖 A）。Spring Boot 2.6 之前容器会自动处理字段/Setter 注入的循环；从 2.6 开始默认禁止，启动直接失败，错误描述里画出了这个环。",
    "Several beans inject each other in a cycle (A needs B, B needs A). Before Spring Boot 2.6 the container resolved such cycles for field/setter injection; since 2.6 they are prohibited by default and startup fails, with the cycle drawn in the error description.",
  ),
  causes: [
    t("升级到 Spring Boot 2.6 及以上后，原来就存在的循环依赖开始报错", "after upgrading to Spring Boot 2.6 or later, a cycle that was always there now fails"),
    t("两个 Service 互相调用对方的方法并互相注入", "two services call each other and inject each other"),
  ],
  solutions: [
    {
      title: t("重构，打破环", "Refactor to break the cycle"),
      steps: [t("按错误里画出的环，把双方共用的逻辑抽到第三个 Bean 里，或让其中一方不再依赖另一方（改为事件、回调）。", "Following the cycle in the error, move the shared logic into a third bean, or make one side stop depending on the other (events, callbacks).")],
    },
    {
      title: t("最后手段：允许循环引用", "Last resort: allow circular references"),
      steps: [t("设置 spring.main.allow-circular-references=true 恢复旧行为；这只是绕过，环依然存在。", "Set spring.main.allow-circular-references=true to restore the old behaviour; it is a workaround and the cycle remains.")],
    },
  ],
  docs: ["https://github.com/jmix-framework/jmix/issues/287", "https://docs.spring.io/spring-boot/docs/1.0.2.RELEASE/reference/html/howto-spring-boot-application.html"],
  samples: [
    {
      text: "Description:\n\nThe dependencies of some of the beans in the application context form a cycle:\n\n┌──->──┐\n|  helloController (field private org.springframework.web.client.RestTemplate com.example.HelloController.restTemplate)\n└──<-──┘\n\nAction:\n\nRelying upon circular references is discouraged and they are prohibited by default. Update your application to remove the dependency cycle between beans. As a last resort, it may be possible to break the cycle automatically by setting spring.main.allow-circular-references to true.",
      source: "https://blog.csdn.net/weixin_43651854/article/details/127366138",
    },
  ],
});
