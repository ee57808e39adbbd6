/* global URL */
// `npm run playground`: build the playground and serve it on 127.0.0.1 with a strict
// Content-Security-Policy, the one any host of the folder should send. `--port N` picks the port
// (default: a free one); the URL is printed.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { argv, exit, stderr, stdout } from 'node:process';
import { pathToFileURL } from 'node:url';
import { buildPlayground } from './build.mjs';

/** The policy the page is served under: its own scripts, styles and nothing else. */
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** Serve the files of `root` on 127.0.0.1:`port` (0: a free port); resolves to the server and its URL. */
export async function serveFolder(root, port = 0) {
  const server = createServer(async (request, response) => {
    try {
      // A malformed escape (%zz) throws here and is answered as not found, like any other miss.
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      const file = normalize(join(root, path === '/' ? 'index.html' : path));
      const type = TYPES[extname(file)];
      if (!file.startsWith(root + sep) || !type || (request.method !== 'GET' && request.method !== 'HEAD')) throw new Error('not served');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': type, 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

function portOption(args) {
  const at = args.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (at === -1) return 0;
  const value = args[at].includes('=') ? args[at].slice('--port='.length) : args[at + 1];
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    stderr.write(`--port needs a number from 0 to 65535, not ${value ?? 'nothing'}.\n`);
    exit(2);
  }
  return port;
}

if (import.meta.url === pathToFileURL(argv[1] ?? '').href) {
  const port = portOption(argv.slice(2));
  const { outdir } = await buildPlayground();
  try {
    const { url } = await serveFolder(outdir, port);
    stdout.write(`kanmon playground: ${url}\n(built in ${outdir}; Ctrl+C stops the server)\n`);
  } catch (error) {
    stderr.write(`Cannot serve on 127.0.0.1:${port}: ${error.code === 'EADDRINUSE' ? 'the port is in use' : error.message}.\n`);
    exit(1);
  }
}
