import { block, defineKnownError, ic, t } from "../../define";

/** System packages a gem's C extension needs on Debian/Ubuntu, from the gems' own extconf messages. */
const sysDeps: Record<string, string> = { pg: "libpq-dev" };

export default defineKnownError({
  id: "bundler.native-extension-build-failed",
  category: "dependency.install",
  match: [
    /(?:Gem::Ext::BuildError: )?ERROR: Failed to build gem native extension\.[\s\S]{0,6000}?An error occurred while installing (?<gem>[\w.-]{1,80}) \((?<ver>[\w.-]{1,40})\), and Bundler cannot continue/,
    /Gem::Ext::BuildError: ERROR: Failed to build gem native extension[\s\S]{0,600}?gems\/(?<gem>[a-z][\w-]{0,60}?)-(?<ver>\d[\w.]{0,30})\/ext/,
    /ERROR: Failed to build gem native extension/,
  ],
  title: (c) => t(`gem ${ic(c.g.gem ?? "")} 的 C 扩展编译失败`, `The C extension of gem ${ic(c.g.gem ?? "")} failed to build`),
  summary: (c) => {
    const dep = c.g.gem ? sysDeps[c.g.gem] : undefined;
    return t(
      `${c.g.gem ? ic(c.g.gem) : "这个 gem"} 带有需要本地编译的 C 扩展，编译时缺了系统里的编译器、Ruby 头文件或它所绑定的库的开发包${dep ? `（${c.g.gem} 需要 ${dep}）` : ""}。Bundler 只是转述失败；真正的原因在上面 extconf.rb / mkmf.log 的输出里（比如 Can't find the 'libpq-fe.h' header）。装好对应的 -dev 包后单独执行一次 gem install 确认，再重新 bundle install。`,
      `${c.g.gem ? ic(c.g.gem) : "This gem"} has a C extension compiled at install time, and the build is missing a compiler, Ruby's headers, or the development package of the library it binds${dep ? ` (${c.g.gem} needs ${dep})` : ""}. Bundler only relays the failure: the real cause is in the extconf.rb / mkmf.log output above (for example Can't find the 'libpq-fe.h' header). Install the matching -dev package, confirm with a single gem install, then run bundle install again.`,
    );
  },
  causes: [
    t("缺少 gem 所绑定的系统库的开发包（pg 需要 libpq-dev，等等）", "the development package of the system library the gem binds is missing (pg needs libpq-dev, and so on)"),
    t("没有 C 编译器和 make（build-essential），或没有 Ruby 开发头文件（ruby-dev）", "no C compiler and make (build-essential), or no Ruby development headers (ruby-dev)"),
    t("库装在非标准位置（如 Homebrew），需要通过 bundle config build.gem名 传入路径", "the library is in a non-standard prefix (such as Homebrew) and its path must be passed with bundle config build.GEMNAME (e.g. build.pg --with-pg-config=...)"),
  ],
  solutions: [
    {
      title: t("安装编译工具和库的开发包，再单独验证这个 gem", "Install the build tools and the library's development package, then verify the gem alone"),
      steps: [t("先读 gem_make.out / mkmf.log 里第一条 checking ... no 或 can't find，它说明缺的是哪个头文件或库。", "Read the first checking ... no or can't find line in gem_make.out / mkmf.log first: it names the missing header or library.")],
      code: (c) => {
        const gem = c.g.gem && /^[\w.-]{1,80}$/.test(c.g.gem) ? c.g.gem : null;
        const ver = c.g.ver && /^[\w.-]{1,40}$/.test(c.g.ver) ? c.g.ver : null;
        const dep = gem ? sysDeps[gem] : undefined;
        return block("bash", [`sudo apt-get install -y build-essential ruby-dev${dep ? ` ${dep}` : ""}`, gem ? `gem install ${gem}${ver ? ` -v '${ver}'` : ""}` : null, "bundle install"]);
      },
    },
  ],
  docs: ["https://github.com/rubygems/bundler/issues/6035", "https://github.com/ruby/rubygems/issues/5370", "https://bundler.io/man/bundle-config.1.html"],
  samples: [
    { text: "Gem::Ext::BuildError: ERROR: Failed to build gem native extension.\n\n    current directory: /var/lib/gems/2.3.0/gems/pg-0.21.0/ext\n/usr/bin/ruby2.3 -r ./siteconf20170916-11128-1ftect8.rb extconf.rb\nchecking for pg_config... yes\nUsing config values from /usr/bin/pg_config\nchecking for libpq-fe.h... no\nCan't find the 'libpq-fe.h header\n*** extconf.rb failed ***", source: "https://github.com/rubygems/bundler/issues/6035" },
    { text: "Gem::Ext::BuildError: ERROR: Failed to build gem native extension.\n\n    current directory: /var/canvas/vendor/bundle/ruby/2.6.0/gems/pg-1.2.3/ext\n\nAn error occurred while installing pg (1.2.3), and Bundler cannot continue.\nMake sure that `gem install pg -v '1.2.3' --source 'https://rubygems.org/'` succeeds before bundling.", source: "https://github.com/ruby/rubygems/issues/5370" },
  ],
});
