import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "go.module-path-major-version",
  category: "dependency.install",
  match: [/module contains a go\.mod file, so (?:module path must match major version \("(?<want>[\w./~-]{1,200})"\)|major version must be compatible: should be v0 or v1, not (?<major>v\d{1,3}))/],
  title: (c) => (c.g.want ? t(`v2 及以上版本要用带主版本后缀的路径 ${ic(c.g.want)}`, `v2+ releases need the major-version path ${ic(c.g.want)}`) : t("v2 及以上版本的模块路径必须带主版本后缀", "A v2+ module path must carry the major-version suffix")),
  summary: t(
    "Go 的语义化导入版本规则：从 v2 开始，模块路径必须以 /v2、/v3 这样的主版本后缀结尾，并与 tag 的主版本一致。请求 example.com/m@v2.x.y 而模块的 go.mod 里写着 module example.com/m（或用户没有在路径里写 /v2）时就会报这个错。",
    "Go's semantic import versioning: starting with v2 a module path must end in a major-version suffix such as /v2 or /v3 that matches the tag. Asking for example.com/m@v2.x.y while the module's go.mod says module example.com/m (or without /v2 in the requested path) fails like this.",
  ),
  causes: [
    t("使用方 go get 时漏了路径里的 /v2（应为 example.com/m/v2@v2.x.y）", "the consumer left /v2 out of the path (it should be example.com/m/v2@v2.x.y)"),
    t("库的作者发布了 v2+ 的 tag，但 go.mod 的 module 行没有加 /vN 后缀", "the library author tagged v2+ without adding the /vN suffix to the module line in go.mod"),
  ],
  solutions: [
    {
      title: (c) => (c.g.want ? t(`改用路径 ${ic(c.g.want)} 来 go get 和 import`, `go get and import it as ${ic(c.g.want)}`) : t("在 go get 和 import 的路径里加上 /vN", "Add /vN to the path in go get and in imports")),
      steps: [t("go get 路径/v2@v2.x.y，同时把代码里的 import 改成带 /v2 的路径。", "Run go get path/v2@v2.x.y and change the imports in the code to the /v2 path as well.")],
    },
    {
      title: t("如果库本身没有加后缀", "If the library itself lacks the suffix"),
      steps: [t("这需要库的作者修复（module 行加 /vN 并重新发版）；在那之前只能使用它的 v1 版本或某个提交的伪版本。", "Only the author can fix it (add /vN to the module line and re-release); until then use its v1 releases or a commit pseudo-version.")],
    },
  ],
  docs: ["https://go.dev/ref/mod#major-version-suffixes", "https://go.dev/wiki/Modules#semantic-import-versioning"],
  samples: [{ text: "$ go get github.com/turbot/steampipe@v2.0.1\ngo: github.com/turbot/steampipe@v2.0.1: invalid version: module contains a go.mod file, so module path must match major version (\"github.com/turbot/steampipe/v2\")", source: "https://github.com/turbot/steampipe/issues/4593" }],
});
