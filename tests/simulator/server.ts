import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IsoDate } from '../../lib/dates';
import { createApp } from './app';

// The simulator over HTTP: node:http only. Everything it serves comes from app.ts.

export interface SimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The simulator's "today" (YYYY-MM-DD); the local date by default. */
  today?: IsoDate;
  /** 127.0.0.1 by default: the simulator is for this machine only. */
  host?: string;
}

export interface RunningSimulator {
  /** For example http://127.0.0.1:43125 */
  origin: string;
  /** Stops the server, closing keep-alive connections too. */
  close(): Promise<void>;
  /** Back to the seeded records (and the "today" it started with). */
  reset(): void;
}

const MAX_BODY = 1_000_000;

function bodyOf(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY) reject(new Error('Request body too large'));
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const app = createApp(options.today ? { today: options.today } : {});
  const server = createServer((request, response) => {
    bodyOf(request)
      .then((body) => {
        const reply = app.handle(request.method ?? 'GET', request.url ?? '/', body);
        response.writeHead(reply.status, reply.headers).end(reply.body);
      })
      .catch((error: unknown) => {
        response
          .writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
          .end(`Simulator error: ${error instanceof Error ? error.stack : String(error)}`);
      });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    reset: () => app.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
