import { block, defineKnownError, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "java.file-not-found-inside-jar",
  category: "fs.not_found",
  // The "jar!/" path form: a file API was handed a resource URL that points inside an archive.
  match: [
    /FileNotFoundException: [^\n]{0,300}?\.jar!\/(?<entry>[^\s()]{1,200})/,
    /FileNotFoundException: class path resource [^\n]{0,200}does not reside in the file system: \s{0,4}jar:file:[^\n]{0,300}?\.jar!\/(?<entry>[^\s()]{1,200})/,
  ],
  title: (c) => t(`把 jar 包里的资源 ${c.g.entry ?? ""} 当作磁盘文件打开`, `A resource inside a jar (${c.g.entry ?? "…"}) was opened as a file on disk`),
  summary: (c) =>
    t(
      `路径里的 “.jar!/” 表示 ${c.g.entry ?? "这个资源"} 在 jar 包里面，不是磁盘上的文件。FileInputStream、new File(…)、ResourceUtils.getFile 这类文件 API 只能打开文件系统里的路径，于是报找不到文件。在 IDE 里能跑、打成 jar 后才出错，就是这个原因。`,
      `The ".jar!/" in the path means ${c.g.entry ?? "the resource"} lives inside a jar, not as a file on disk. File APIs such as FileInputStream, new File(…) or ResourceUtils.getFile open only file-system paths, so they report the file missing. This is why it works in the IDE and fails once packaged as a jar.`,
    ),
  causes: [
    t("代码用 getResource(…).getFile()/getPath() 得到 URL 的路径，再交给 FileInputStream 或 File", "the code takes getResource(…).getFile()/getPath() and hands the path to FileInputStream or File"),
    t("Spring 里对 classpath 资源调用了 Resource.getFile()，而资源在 jar 内", "in Spring, Resource.getFile() was called on a classpath resource that sits inside a jar"),
  ],
  solutions: [
    {
      title: t("用类加载器按流读取资源", "Read the resource as a stream through the class loader"),
      steps: [
        t("getResourceAsStream 对目录里的类和 jar 里的资源都有效；Spring 里改用 Resource.getInputStream()。", "getResourceAsStream works both for classes in a directory and for resources in a jar; in Spring use Resource.getInputStream() instead."),
        t("需要真实文件路径的库（只接受 File）时，先把流复制到临时文件再传路径。", "For a library that insists on a File, copy the stream to a temporary file first and pass that path."),
      ],
      code: (c) => {
        const entry = c.g.entry && /^[\w./-]{1,200}$/.test(c.g.entry) ? c.g.entry : "app.properties";
        return block("java", [
          "import java.io.IOException;",
          "import java.io.InputStream;",
          "import java.util.Objects;",
          "import java.util.Properties;",
          "",
          "public class LoadResource {",
          "    public static void main(String[] args) throws IOException {",
          `        String name = ${JSON.stringify(entry)};`,
          "        ClassLoader loader = LoadResource.class.getClassLoader();",
          '        try (InputStream in = Objects.requireNonNull(loader.getResourceAsStream(name), "not on the classpath: " + name)) {',
          "            Properties props = new Properties();",
          "            props.load(in);",
          "            System.out.println(props);",
          "        }",
          "    }",
          "}",
        ]);
      },
    },
    ...categorySolutions("fs.not_found"),
  ],
  docs: ["https://github.com/apache/pinot/pull/5072", "https://github.com/dkpro/dkpro-similarity/issues/13", "https://github.com/joernio/joern/pull/4249"],
  samples: [
    { text: "Caused by: java.io.FileNotFoundException: class path resource [stopwords/stopwords_english_punctuation.txt] cannot be resolved to absolute file path because it does not reside in the file system: \njar:file:/home/someuser/.m2/repository/de/tudarmstadt/ukp/similarity/dkpro/de.tudarmstadt.ukp.similarity.dkpro.data-asl/1.0.1/de.tudarmstadt.ukp.similarity.dkpro.data-asl-1.0.1.jar!/stopwords/stopwords_english_punctuation.txt\n\tat org.springframework.util.ResourceUtils.getFile(ResourceUtils.java:204)", source: "https://github.com/dkpro/dkpro-similarity/issues/13" },
  ],
});
