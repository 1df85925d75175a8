import { block, defineKnownError, ic, t } from "../../define";

const javaName = /^[A-Za-z_$][\w$]{0,100}(?:\.[A-Za-z_$][\w$]{0,100}){0,20}$/;

/** "wrong name: com/example/Main" is the name the class file declares: its package plus class, written with slashes. */
function qualified(wrong: string | undefined): string | null {
  if (!wrong) return null;
  const name = wrong.replace(/\//g, ".");
  return javaName.test(name) ? name : null;
}

export default defineKnownError({
  id: "java.could-not-find-main-class",
  category: "dependency.missing",
  match: [/Error: Could not find or load main class (?<cls>[\w.$/-]{1,200})(?:[\s\S]{0,200}?\(wrong name: (?<wrong>[\w$/]{1,200})\))?/],
  title: (c) => t(`java 找不到主类 ${ic(c.g.cls ?? "")}`, `java could not find the main class ${ic(c.g.cls ?? "")}`),
  summary: (c) => {
    const q = qualified(c.g.wrong);
    return t(
      `java 命令按类路径（-cp，默认是当前目录）和给出的类名去找 .class 文件，没找到${c.g.cls ? ` ${ic(c.g.cls)}` : ""}。最常见的是类声明了 package，却用不带包名的短名字运行，或在包目录里面运行：必须在包的根目录（类路径的根）用完整类名运行${q ? `，这里是 ${ic(q)}` : ""}。其他原因：类路径没包含编译输出目录或 jar、类名拼错或带了 .class/.java 后缀、jar 的 Main-Class 写错。`,
      `The java launcher looks for the class file under the classpath (-cp, the current directory by default) and did not find${c.g.cls ? ` ${ic(c.g.cls)}` : " it"}. Most often the class declares a package but is run by its short name, or from inside the package folder: run it from the package root (the classpath root) by its fully qualified name${q ? `, here ${ic(q)}` : ""}. Other causes: the classpath does not include the compiled output or the jar, the name is misspelt or has a .class/.java suffix, or the jar's Main-Class entry is wrong.`,
    );
  },
  causes: [
    t("类在某个 package 里，却只用短类名运行，或者在包目录里面运行（报错常带 wrong name: 包/类名）", "the class is in a package but was run by its short name, or from inside the package folder (the error often adds wrong name: package/Class)"),
    t("-cp / CLASSPATH 没包含编译输出目录或依赖 jar", "-cp / CLASSPATH does not include the compiled output directory or the dependency jars"),
    t("类名拼错，或者写成了文件名（带 .class 或 .java）", "the class name is misspelt, or given as a file name (with .class or .java)"),
    t("jar 的 MANIFEST.MF 里 Main-Class 不是完整类名", "the jar's MANIFEST.MF Main-Class is not the fully qualified name"),
  ],
  solutions: [
    {
      title: t("在类路径根目录用完整类名运行", "Run from the classpath root by the fully qualified name"),
      steps: [t("编译时用 -d 指定输出目录，运行时 -cp 指向同一个目录，类名写成 包名.类名。", "Compile with -d into an output directory, point -cp at that same directory, and name the class as package.Class.")],
      code: (c) => {
        // "java Main.class" or "java Main.java" names a file, not a class: drop the suffix.
        const given = c.g.cls?.replace(/\.(?:class|java)$/, "").replace(/\//g, ".");
        const q = qualified(c.g.wrong) ?? (given && javaName.test(given) ? given : null);
        if (!q) return null;
        const file = `${q.replace(/\./g, "/")}.java`;
        return block("bash", ["# from the source root (the folder that contains the package folders)", `javac -d out ${file}`, `java -cp out ${q}`]);
      },
    },
  ],
  docs: ["https://github.com/nus-cs2103-AY2324S1/forum/issues/75", "https://github.com/formulahendry/vscode-code-runner/issues/770", "https://github.com/nus-cs2103-AY2122S2/forum/issues/46"],
  samples: [
    { text: "[Running] cd \"/Users/sri/Downloads/JavaWithPackage/com/coderunner/javaapp/\" && javac HelloWorld.java && java -classpath . HelloWorld\nError: Could not find or load main class HelloWorld\nCaused by: java.lang.NoClassDefFoundError: HelloWorld (wrong name: com/coderunner/javaapp/HelloWorld)", source: "https://github.com/formulahendry/vscode-code-runner/issues/1129" },
    { text: "Error: Could not find or load main class duke.Duke\nCaused by: java.lang.ClassNotFoundException: duke.Duke", source: "https://github.com/nus-cs2103-AY2324S1/forum/issues/75" },
  ],
});
