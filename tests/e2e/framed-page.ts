import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A plain page with an iframe (as ClientTrack's workspace frame), served on `host` for a content-script check. */
export async function serveFramedPage(host: string): Promise<{ origin: string; close(): void }> {
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end(
      request.url === '/inner'
        ? '<!doctype html><title>inner</title><p>inside the frame</p>'
        : '<!doctype html><title>outer</title><iframe id="TabFrame_2" src="/inner"></iframe>',
    );
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  return {
    origin: `http://${host}:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
