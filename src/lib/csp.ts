/**
 * The Content-Security-Policy every built page carries, as a `<meta>` tag (a
 * static site has no headers of its own). Only same-origin files load, and
 * nothing inline runs: no raw <script>, no onclick, no javascript: link, no
 * style="…" attribute, no <style> element (templates use classes; Astro is
 * told never to inline a stylesheet). The content check refuses those in
 * documents; this is the second lock. Pagefind compiles its WebAssembly in
 * the page when it runs without a worker, hence 'wasm-unsafe-eval'.
 * `frame-ancestors` and `report-uri` are ignored in a <meta> tag, so they
 * belong in the host's headers: the build writes this policy with
 * `frame-ancestors 'none'` into `_headers` (integrations/host-headers.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
].join('; ');
