// What `npm start` and the E2E tests share: Debian's Chromium with the built extension loaded,
// and a static server for local pages. Plain .mjs so both run under bare node.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

export const CHROMIUM =
  process.env.CHROMIUM_BIN ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium flags that load one unpacked extension. The machine's network is closed, so every
 * background service that would phone home is off; containers run as root, hence no sandbox.
 */
export function chromiumArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves folders on 127.0.0.1 at a free port: `mounts` maps a URL prefix ("/demo/") to a
 * folder. Nothing outside the folders is served; a folder URL serves its index.html.
 */
export async function serveFolders(mounts) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = Object.keys(mounts)
      .sort((a, b) => b.length - a.length)
      .find((m) => path.startsWith(m));
    const file = mount && normalize(join(mounts[mount], path.slice(mount.length) || 'index.html'));
    if (!file?.startsWith(mounts[mount]) || !existsSync(file) || !extname(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // A page may come with response headers of its own (a Content-Security-Policy, say), kept
    // beside it as "<page>.headers.json".
    const headers = existsSync(`${file}.headers.json`)
      ? JSON.parse(readFileSync(`${file}.headers.json`, 'utf8'))
      : {};
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...headers,
    });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}
