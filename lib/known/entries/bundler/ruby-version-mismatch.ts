import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "bundler.ruby-version-mismatch",
  category: "unknown",
  match: [/Your Ruby version is (?<have>[\w.-]{1,30}), but your Gemfile specified (?<want>[\w.-]{1,30})/, /Your Ruby engine is (?<have>\w{1,20}), but your Gemfile specified (?<want>\w{1,20})/],
  title: (c) => t(`当前 Ruby 是 ${c.g.have ?? "?"}，Gemfile 要求 ${c.g.want ?? "?"}`, `Ruby ${c.g.have ?? "?"} is running, the Gemfile requires ${c.g.want ?? "?"}`),
  summary: t(
    "Gemfile 里的 ruby 指令声明了项目需要的 Ruby 版本，Bundler 发现实际运行的 Ruby 不符合就拒绝继续。常见于 rbenv/rvm 没有切换到 .ruby-version 指定的版本，或者 bundle 命令本身来自另一个 Ruby。",
    "The ruby directive in the Gemfile declares the Ruby the project needs, and Bundler refuses to continue on a different one. Usually rbenv/rvm did not switch to the version in .ruby-version, or the bundle command itself belongs to another Ruby.",
  ),
  causes: [
    t("所需的 Ruby 版本没装，或版本管理器没有在这个目录切换过去", "the required Ruby is not installed, or the version manager did not switch to it in this directory"),
    t(".ruby-version 与 Gemfile 里的版本不一致", ".ruby-version and the Gemfile disagree"),
    t("bundle 可执行文件的 shebang 指向旧 Ruby（PATH 里有多个 bundle）", "the bundle executable's shebang points at an old Ruby (several bundle on PATH)"),
  ],
  solutions: [
    {
      title: (c) => t(`安装并切换到 Ruby ${c.g.want ?? "所需版本"}`, `Install and switch to Ruby ${c.g.want ?? "the required version"}`),
      steps: [t("用 rbenv/rvm/asdf 安装该版本，在项目目录设为本地版本，然后重新 gem install bundler 并 bundle install。", "Install it with rbenv/rvm/asdf, set it as the local version in the project, then gem install bundler and bundle install again.")],
      code: () => block("bash", ["ruby -v", "which -a ruby bundle", "cat .ruby-version", "grep -n '^ruby' Gemfile"]),
    },
  ],
  docs: ["https://github.com/rbenv/rbenv/issues/710", "https://github.com/rbenv/rbenv/issues/1224"],
  samples: [{ text: "/home/vagrant/.rbenv/versions/2.0.0-p195/lib/ruby/gems/2.0.0/gems/bundler-1.3.5/lib/bundler/definition.rb:361:in `validate_ruby!': Your Ruby version is 1.9.3, but your Gemfile specified 2.0.0 (Bundler::RubyVersionMismatch)", source: "https://github.com/rbenv/rbenv/issues/400" }],
});
