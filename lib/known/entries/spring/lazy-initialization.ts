import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "spring.lazy-initialization",
  category: "database",
  match: [/LazyInitializationException: (?:failed to lazily initialize a collection of role: (?<role>[\w.$]{1,200})|could not initialize proxy(?: \[(?<proxy>[^\]\n]{1,200})\])?)/, /org\.hibernate\.LazyInitializationException/],
  title: (c) => t(`在 Hibernate 会话关闭后访问了延迟加载的关联${c.g.role ? ` ${ic(c.g.role)}` : ""}`, `A lazy association${c.g.role ? ` ${ic(c.g.role)}` : ""} was touched after the Hibernate session closed`),
  summary: t(
    "LAZY 关联（@OneToMany 默认就是）只有在持有它的会话（持久化上下文）还开着时才能加载。实体离开事务之后——在 Controller、JSON 序列化、异步线程或启动代码里——再访问这个关联，Hibernate 已经没有会话可用，就抛出这个异常。在查询时就把需要的关联取出来（fetch join 或 @EntityGraph），或者把访问放进 @Transactional 方法里，或者返回 DTO；不要靠改成 EAGER 或 enable_lazy_load_no_trans 掩盖。",
    "A LAZY association (the default for @OneToMany) can only be loaded while the session (persistence context) that owns the entity is open. Touching it after the entity left its transaction — in a controller, during JSON serialisation, on another thread, or in startup code — leaves Hibernate without a session, hence this exception. Fetch what you need in the query (a fetch join or @EntityGraph), do the access inside a @Transactional method, or return a DTO; don't paper over it with EAGER or enable_lazy_load_no_trans.",
  ),
  causes: [
    t("在事务之外（Controller、视图、Jackson 序列化）访问了 LAZY 集合或代理", "a LAZY collection or proxy is accessed outside the transaction (controller, view, Jackson serialisation)"),
    t("关闭了 spring.jpa.open-in-view，原来依赖它在视图层加载关联的代码开始报错", "spring.jpa.open-in-view was turned off and code that relied on it to load associations in the web layer now fails"),
    t("在启动代码、定时任务或异步线程里使用实体，那里没有打开的会话", "entities are used in startup code, scheduled jobs or async threads where no session is open"),
  ],
  solutions: [
    {
      title: t("在查询里把需要的关联一起取出来", "Fetch the association in the query"),
      steps: [t("Spring Data JPA 里用 @EntityGraph 或 JPQL 的 join fetch；方法和实体名按你的仓库替换。", "In Spring Data JPA use @EntityGraph or a JPQL join fetch; replace the method and entity names with your repository's.")],
      code: (c) => {
        // "com.example.Author.books" names the entity (Author) and the association (books); without it there is nothing to write.
        const role = c.g.role && /^[\w.$]{1,200}$/.test(c.g.role) ? c.g.role.split(".") : null;
        if (!role || role.length < 2) return null;
        const field = role[role.length - 1]!;
        const entity = role[role.length - 2]!.replace(/\$.*/, "");
        if (!/^[A-Za-z_]\w*$/.test(entity) || !/^[A-Za-z_]\w*$/.test(field)) return null;
        return block("java", [
          `public interface ${entity}Repository extends JpaRepository<${entity}, Long> {`,
          `    @EntityGraph(attributePaths = "${field}")`,
          `    Optional<${entity}> findWithRelationsById(Long id);`,
          "",
          `    @Query("select e from ${entity} e left join fetch e.${field} where e.id = :id")`,
          `    Optional<${entity}> findWithJoinFetch(@Param("id") Long id);`,
          "}",
        ]);
      },
    },
    {
      title: t("或者在事务里完成访问并返回 DTO", "Or do the access inside a transaction and return a DTO"),
      steps: [t("在 service 方法上加 @Transactional(readOnly = true)，在方法内把关联转换成 DTO 再返回，Controller 和序列化只接触 DTO。", "Put @Transactional(readOnly = true) on the service method, map the association to a DTO inside it, and let controllers and serialisation see only the DTO.")],
    },
  ],
  docs: ["https://docs.spring.io/spring-data/jpa/reference/jpa/query-methods.html", "https://github.com/spring-projects/spring-data-jpa/issues/2238", "https://github.com/spring-projects/spring-boot/issues/7107", "https://vladmihalcea.com/the-best-way-to-handle-the-lazyinitializationexception/"],
  samples: [
    { text: "Request processing failed; nested exception is org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: de.model.Entity.Relations, no session or session was closed", source: "https://github.com/spring-projects/spring-data-rest/issues/8" },
    { text: "org.hibernate.LazyInitializationException: could not initialize proxy - no Session", source: "https://github.com/introproventures/graphql-jpa-query/issues/293" },
  ],
});
