/**
 * The control for a latency run: a bare node:http server in its own process that answers every request with the
 * same fixed body and nothing else. Whatever tail it shows under the same load generator is the machine's (the
 * kernel, the loopback, other tenants), not the application's.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const SERVER = `
const http = require('node:http');
const body = Buffer.alloc(Number(process.argv[1]), 'a');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html', 'content-length': body.length });
  res.end(body);
});
server.keepAliveTimeout = 5000;
server.listen(0, '127.0.0.1', () => console.log('port ' + server.address().port));
`;

export interface ControlServer {
  url: string;
  stop(): void;
}

export function startControlServer(bodyBytes: number): Promise<ControlServer> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SERVER, String(bodyBytes)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout!.on('data', (chunk: Buffer) => {
      const port = /port (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}/`, stop: () => child.kill() });
    });
  });
}
