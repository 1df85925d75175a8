import { defineKnownError, ic, t } from "../../define";

const short = (fqcn: string | undefined): string | null => (fqcn ? fqcn.slice(fqcn.lastIndexOf(".") + 1) : null);

export default defineKnownError({
  id: "spring.bean-not-found",
  category: "dependency.missing",
  match: [
    /required a bean of type '(?<type>[\w$.]{1,300})' that could not be found/,
    /Consider defining a bean of type '(?<type>[\w$.]{1,300})' in your configuration/,
    /NoSuchBeanDefinitionException: No qualifying bean of type '(?<type>[\w$.]{1,300})' available/,
  ],
  title: (c) => (c.g.type ? t(`Spring 容器里没有 ${ic(short(c.g.type)!)} 类型的 Bean`, `No bean of type ${ic(short(c.g.type)!)} in the Spring context`) : t("Spring 容器里找不到需要注入的 Bean", "A required bean is missing from the Spring context")),
  summary: (c) =>
    t(
      `某个组件需要注入 ${c.g.type ? ic(c.g.type) : "一个 Bean"}，但应用上下文里没有这个类型的 Bean：这个类没有被组件扫描到、没有 @Component/@Service/@Repository 等注解或 @Bean 方法，或者提供它的自动配置没有生效。`,
      `A component needs ${c.g.type ? ic(c.g.type) : "a bean"} injected, but the application context has no bean of that type: the class is not picked up by component scanning, has no @Component/@Service/@Repository (or @Bean method), or the auto-configuration that provides it did not apply.`,
    ),
  causes: [
    t("类所在的包不在 @SpringBootApplication 主类所在包及其子包之下，组件扫描找不到它", "the class is outside the package of the @SpringBootApplication class (and its subpackages), so component scanning misses it"),
    t("类上缺少 @Service/@Component/@Repository 注解，或者接口的实现类没有被注册", "the class lacks @Service/@Component/@Repository, or the interface's implementation is never registered"),
    t("提供这个 Bean 的 starter 自动配置没有生效（条件不满足，或它与当前 Spring Boot 版本不兼容）", "the starter auto-configuration that provides the bean did not apply (a condition failed, or it does not support this Spring Boot version)"),
  ],
  solutions: [
    {
      title: (c) => t(`让 ${c.g.type ? ic(short(c.g.type)!) : "这个类"} 被注册为 Bean`, `Get ${c.g.type ? ic(short(c.g.type)!) : "the class"} registered as a bean`),
      steps: [
        t("确认实现类带有 @Service/@Component 等注解，并位于主类所在包或其子包；不在时用 @ComponentScan(basePackages = …) 或 @Import 把它加进来。", "Make sure the implementation carries @Service/@Component (or similar) and lives in the main class's package or below; otherwise add it with @ComponentScan(basePackages = …) or @Import."),
        t("如果是第三方库的类，在 @Configuration 类里写一个 @Bean 方法创建它。", "If the class comes from a library, create it in a @Bean method of a @Configuration class."),
      ],
    },
    {
      title: t("启动时加 --debug 查看条件评估报告", "Run with --debug to see the conditions evaluation report"),
      steps: [t("报告会列出每个自动配置为什么生效或没生效，可以看出提供该 Bean 的自动配置缺了哪个条件。", "The report lists why each auto-configuration matched or not, which shows what the configuration providing the bean is missing.")],
    },
  ],
  docs: ["https://docs.spring.io/spring-boot/reference/using/structuring-your-code.html", "https://docs.spring.io/spring-boot/appendix/auto-configuration-classes"],
  samples: [
    {
      text: "***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nParameter 1 of constructor in com.hellokoding.springboot.restful.product.ProductAPI required a bean of type 'com.hellokoding.springboot.restful.product.ProductMapper' that could not be found.\n\nAction:\n\nConsider defining a bean of type 'com.hellokoding.springboot.restful.product.ProductMapper' in your configuration.",
      source: "https://github.com/hellokoding/hellokoding-courses/issues/1",
    },
  ],
});
