/**
 * The Content-Security-Policy of the meta tag in every page. `public/_headers` sends the same
 * policy as an HTTP header, plus `frame-ancestors 'none'`, which only works in a header; a
 * test checks that the two agree. Everything is same-origin; 'wasm-unsafe-eval' lets the
 * search page run Pagefind's WebAssembly; no inline scripts or styles are allowed.
 */
export const contentSecurityPolicy = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-src 'none'",
].join('; ');
