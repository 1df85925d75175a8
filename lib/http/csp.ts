/**
 * The pages' Content-Security-Policy. Scripts run only with the response's nonce: Next puts it
 * on every script it writes (its bootstrap and the inline payload) when the request carries the
 * policy, and `'strict-dynamic'` lets those scripts load the app's chunks. So an injected
 * `<script>` or `on*=` handler does not run. Styles keep `'unsafe-inline'`: highlighted code
 * and React set `style` attributes, and a style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, { isDev = false }: { isDev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // React's dev tooling needs eval; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** API answers are JSON, never a document: nothing may run or be embedded. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
