import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "npm.enoent-package-json",
  category: "fs.not_found",
  match: [/npm (?:ERR!|error) (?:enoent )?(?:Could not read package\.json: Error: )?ENOENT: no such file or directory, open '(?<path>[^'\n]{0,300}package\.json)'/],
  title: (c) => (c.g.path ? t(`当前目录没有 package.json：${ic(c.g.path)}`, `No package.json here: ${ic(c.g.path)}`) : t("当前目录没有 package.json", "There is no package.json in this folder")),
  summary: t(
    "npm install、npm start、npm run 都从当前工作目录读取 package.json；这个目录里没有它，所以 npm 不知道要装什么、运行什么。几乎总是命令在错误的目录里执行了。",
    "npm install, npm start and npm run read package.json from the current working directory; there is none here, so npm does not know what to install or run. The command almost always ran in the wrong folder.",
  ),
  causes: [
    t("在家目录或仓库根目录运行了命令，而 package.json 在子目录里（如 frontend/、client/）", "the command ran in the home folder or repository root while package.json lives in a subfolder (frontend/, client/…)"),
    t("部署平台的根目录（Root Directory）设置没有指向包含 package.json 的子目录", "the hosting platform's Root Directory setting does not point at the subfolder that holds package.json"),
    t("项目还没有初始化（没有运行过 npm init）", "the project was never initialised (npm init was not run)"),
  ],
  solutions: [
    {
      title: t("切换到包含 package.json 的目录再运行", "Change to the folder that contains package.json"),
      steps: [t("在仓库里找到 package.json 所在的目录，cd 进去后再执行原来的 npm 命令；CI/部署平台上把工作目录或 Root Directory 设为该目录。", "Find the folder that holds package.json, cd into it and run the npm command there; in CI or on the hosting platform set the working directory (Root Directory) to it.")],
      code: () => block("bash", ["find . -maxdepth 3 -name package.json -not -path '*/node_modules/*'"]),
    },
    {
      title: t("新项目：先初始化", "New project: initialise it first"),
      steps: [t("如果这里确实是项目根目录但还没有 package.json，运行 npm init -y 生成一个。", "If this really is the project root and it has no package.json yet, run npm init -y to create one.")],
    },
  ],
  docs: ["https://github.com/npm/npm/issues/13017", "https://github.com/npm/npm/issues/8049"],
  samples: [
    {
      text: "C:\\Users\\coral>npm run learnyounode\nnpm ERR! path C:\\Users\\coral\\package.json\nnpm ERR! code ENOENT\nnpm ERR! errno -4058\nnpm ERR! syscall open\nnpm ERR! enoent ENOENT: no such file or directory, open 'C:\\Users\\coral\\package.json'\nnpm ERR! enoent This is related to npm not being able to find a file.\nnpm ERR! enoent",
      source: "https://github.com/workshopper/learnyounode/issues/631",
    },
  ],
});
