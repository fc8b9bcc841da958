/**
 * A minimal static file server for the built site: dist/ as a static host would serve it,
 * text compressed with gzip when the browser accepts it (as every static host does, so that
 * Lighthouse and the browser tests see the bytes a reader downloads).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.bib': 'application/x-bibtex; charset=utf-8',
	'.ris': 'application/x-research-info-systems; charset=utf-8',
	'.pf_meta': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
	'.wasm': 'application/wasm',
};

/** Types a host compresses: text, not images or Pagefind's already compressed index files. */
const compressible = /^(text\/|application\/(json|xml|manifest\+json|x-bibtex|x-research-info-systems)|image\/svg\+xml)/;

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
	const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidate = join(root, safe);
	if (!candidate.startsWith(root)) return undefined;
	for (const path of [candidate, join(candidate, 'index.html')]) {
		const info = await stat(path).catch(() => undefined);
		if (info?.isFile()) return path;
	}
	return undefined;
}

export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
	const server = createServer(async (request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		const file = await resolveFile(root, pathname);
		const status = file ? 200 : 404;
		const path = file ?? join(root, '404.html');
		const type = types[extname(path)] ?? 'application/octet-stream';
		if (compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
			response.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
			createReadStream(path).pipe(createGzip()).pipe(response);
			return;
		}
		response.writeHead(status, { 'content-type': type });
		createReadStream(path).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		server,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
