// A course page that is NOT cross-origin isolated, for the embed tests: a tiny HTTP server on
// its own port (so its own origin) serving one page with an iframe of the kitchen, and a
// script that records the kitchen's postMessage replies in window.replies.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostPage {
  /** The host page's URL, on `host` (localhost or 127.0.0.1: two different origins). */
  url(host?: string): string;
  origin(host?: string): string;
  close(): Promise<void>;
}

/** `kitchenSrc` receives the origin the embed should trust: always http://localhost:PORT, so
 *  the same page reached as http://127.0.0.1:PORT is an untrusted origin. */
export async function startHostPage(kitchenSrc: (trustedOrigin: string) => string): Promise<HostPage> {
  let port = 0;
  const server: Server = createServer((_req, res) => {
    const hostOrigin = `http://localhost:${port}`;
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title></head>
<body><h1>A course page</h1>
<iframe id="kitchen" title="Concurrency Kitchen" width="1100" height="650" src="${kitchenSrc(hostOrigin).replace(/"/g, '&quot;')}"></iframe>
<script>
  window.replies = [];
  window.addEventListener('message', (e) => { if (e.data && e.data.kitchen) window.replies.push({ origin: e.origin, data: e.data }); });
  window.send = (msg) => document.getElementById('kitchen').contentWindow.postMessage(msg, '*');
</script></body></html>`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((res) => server.listen(0, '0.0.0.0', res));
  port = (server.address() as AddressInfo).port;
  return {
    url: (host = 'localhost') => `http://${host}:${port}/`,
    origin: (host = 'localhost') => `http://${host}:${port}`,
    close: () => new Promise((res) => {
      server.closeAllConnections();
      server.close(() => res());
    }),
  };
}
