// The Content Security Policy of the served build (README, docs/embed.md). The same string is sent by
// `vite preview` (and so by every browser test) and shipped in public/_headers for static hosts.
// frame-ancestors * lets any partner page embed the app; a partner may restrict it on its own server.
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *'
];

export const CSP = CSP_DIRECTIVES.join('; ');

/**
 * The development server's policy: the same, except that styles may be inline, because Vite injects
 * each stylesheet as a <style> element for hot reloading. The build has no inline styles.
 */
export const DEV_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
