import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "go.cannot-find-main-module",
  category: "dependency.missing",
  match: [/go: cannot find main module(?:, but found (?<found>[\w./-]{1,100}) in (?<dir>[^\n]{1,300}))?/, /go\.mod file not found in current directory or any parent directory/],
  title: t("当前目录不在任何 Go 模块里（没有 go.mod）", "The current directory is not inside a Go module (no go.mod)"),
  summary: (c) =>
    t(
      `在模块模式下，go 命令从当前目录往上找 go.mod 来确定主模块，但一路都没找到${c.g.found ? `（只找到了 ${c.g.found}，说明这里像是一个项目根目录）` : ""}。老的 GOPATH 项目、没有提交 go.mod 的仓库，或者在错误的目录里执行命令，都会这样。`,
      `In module mode the go command walks up from the current directory looking for go.mod to find the main module, and found none${c.g.found ? ` (it only saw ${c.g.found}, so this looks like a project root)` : ""}. Old GOPATH-style projects, repositories without a committed go.mod, or running the command in the wrong directory all end here.`,
    ),
  causes: [
    t("项目是 GOPATH 时代的代码，还没有 go.mod", "the project predates modules and has no go.mod"),
    t("在子目录或错误的目录里执行了 go build / go run", "go build / go run was run from a subdirectory or the wrong directory"),
    t("只想安装一个工具，却在工具的源码目录里 go install ./...", "you only wanted to install a tool but ran go install ./... inside its sources"),
  ],
  solutions: [
    {
      title: t("在项目根目录创建 go.mod", "Create go.mod at the project root"),
      steps: [t("go mod init 需要一个模块路径：不在 GOPATH 里时无法自动推断，要自己给出（通常是仓库路径）。然后用 go mod tidy 补齐依赖。", "go mod init needs a module path: outside GOPATH it cannot guess one, so pass it (usually the repository path). Then go mod tidy fills in the requirements.")],
      code: () => block("bash", ['MODULE_PATH="example.com/yourname/project"   # usually the repository path', 'go mod init "$MODULE_PATH"', "go mod tidy"]),
    },
    {
      title: t("只是安装工具时，用 go install 包路径@版本", "To just install a tool, use go install path@version"),
      steps: [t("在任意目录执行 go install <模块路径>/cmd/xxx@latest，不需要本地 go.mod。", "Run go install <module path>/cmd/xxx@latest from any directory; no local go.mod is needed.")],
    },
  ],
  docs: ["https://go.googlesource.com/go/+/d426cba592683dc7ced37e8fd7bbe7fbc9c90ebc/src/cmd/go/internal/modcmd/init.go", "https://go.googlesource.com/go/+/f8b1c17aced24a1618c6984794be9770c5d260be/src/cmd/go/testdata/script/mod_find.txt"],
  samples: [{ text: "$ make\ngo build -buildmode c-archive -v\ngo: cannot find main module, but found .git/config in /home/bird/Dev/mozilla/mozilla-vpn-client\n        to create a module there, run:\n        cd .. && go mod init\nmake: *** [Makefile:2: all] Error 1", source: "https://github.com/mozilla-mobile/mozilla-vpn-client/issues/844" }],
});
