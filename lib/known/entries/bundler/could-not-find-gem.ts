import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "bundler.could-not-find-gem-locally",
  category: "dependency.missing",
  match: [/Could not find gem '(?<gem>[^'\n]{1,150})' in (?:locally installed gems|any of the gem sources listed in your Gemfile|the gems available on this machine)/, /Could not find (?<gem>[\w.-]{1,100}-\d[\w.]{0,30})(?:,[^\n]{0,300})? in (?:locally installed gems|any of the sources)/],
  title: (c) => t(`Gemfile 需要的 gem ${ic(c.g.gem ?? "")} 还没有安装`, `The Gemfile's gem ${ic(c.g.gem ?? "")} is not installed`),
  summary: t(
    "Bundler 按 Gemfile / Gemfile.lock 加载 gem，但当前 Ruby 的 gem 目录里没有所需的版本。通常是还没对这个项目运行 bundle install，或者切换了 Ruby 版本（rbenv/rvm），新版本下的 gem 是空的；用 gem install 单独装一个 gem 并不能满足锁文件里的版本要求。",
    "Bundler loads gems per Gemfile / Gemfile.lock, and the current Ruby's gem directory lacks the required version. Usually bundle install was never run for this project, or the Ruby version changed (rbenv/rvm) and the new Ruby has no gems yet; gem install of a single gem does not satisfy the lock file's versions.",
  ),
  causes: [
    t("克隆项目或修改 Gemfile 后没有运行 bundle install", "bundle install was not run after cloning or editing the Gemfile"),
    t("切换了 Ruby 版本，gem 装在了另一个 Ruby 下", "the Ruby version changed and the gems live under another Ruby"),
    t("BUNDLE_PATH / BUNDLE_WITHOUT 等配置让 Bundler 在别的目录找或跳过了某些组", "BUNDLE_PATH / BUNDLE_WITHOUT settings make Bundler look elsewhere or skip groups"),
  ],
  solutions: [
    {
      title: t("在项目目录运行 bundle install，然后用 bundle exec 运行命令", "Run bundle install in the project, then run commands with bundle exec"),
      steps: [t("确认 ruby -v 是项目要求的版本，再安装；之后用 bundle exec（或 bin/ 下的 binstub）运行 rails、rake 等命令，保证使用的是 Gemfile.lock 里的版本。", "Check that ruby -v is the project's version, then install; afterwards run rails, rake, … through bundle exec (or the bin/ binstubs) so the Gemfile.lock versions are used.")],
      code: () => block("bash", ["ruby -v", "bundle config list", "bundle install", "bundle exec rails --version"]),
    },
  ],
  docs: ["https://bundler.io/man/bundle-exec.1.html", "https://github.com/metaskills/less-rails-bootstrap/pull/35"],
  samples: [{ text: "$ rake\nCould not find gem 'guard-minitest (>= 0) ruby' in any of the gem sources listed in your Gemfile.\nRun `bundle install` to install missing gems.", source: "https://github.com/metaskills/less-rails-bootstrap/pull/35" }],
});
