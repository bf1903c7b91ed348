import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// Firefox is told to send every request for another machine through this proxy (requests for
// localhost and 127.0.0.1 bypass proxies in Firefox): whatever it records would have left the
// machine, whoever asked for it (a page, a content script, an extension page, the background).
// It answers nothing but 502, so nothing asked for ever arrives.

export interface LeakProxy {
  /** Firefox preferences that route all of its traffic through the proxy. */
  prefs: Record<string, unknown>;
  /** What was asked for, as "GET http://host/path" or "CONNECT host:443". */
  seen: string[];
  close(): Promise<void>;
}

export async function startLeakProxy(): Promise<LeakProxy> {
  const seen: string[] = [];
  const server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    seen,
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      // Host names are resolved by the proxy, never by Firefox.
      'network.proxy.socks_remote_dns': true,
      // Firefox's own remote settings (blocklists, experiments): on this machine, so not recorded.
      'services.settings.server': 'http://127.0.0.1:1/',
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
