import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { CodeBlock } from "./code-block";

/**
 * Renders untrusted Markdown (LLM output): no raw HTML (react-markdown drops it without
 * rehype-raw) and unsafe URL schemes such as javascript: are removed by its urlTransform.
 */
export function Markdown({ source, copyLabel, copiedLabel }: { source: string; copyLabel: string; copiedLabel: string }) {
  const components: Components = {
    pre({ children }) {
      return <>{children}</>;
    },
    code({ className, children }) {
      const match = /language-([\w#+.-]+)/.exec(className ?? "");
      const text = String(children ?? "");
      const isBlock = Boolean(match) || text.includes("\n");
      if (!isBlock) {
        return <code className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.9em] dark:bg-zinc-800">{children}</code>;
      }
      return (
        <CodeBlock code={text.replace(/\n$/, "")} language={match?.[1] ?? "text"} copyLabel={copyLabel} copiedLabel={copiedLabel} />
      );
    },
    a({ href, children }) {
      return (
        <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="text-brand-600 underline dark:text-brand-400">
          {children}
        </a>
      );
    },
    img({ alt }) {
      // Images in LLM output could track readers: show the alt text only.
      return <span>{alt}</span>;
    },
  };
  return (
    <div className="prose-errdoc">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
