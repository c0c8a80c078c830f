import type { Server } from 'node:http';
import { ConfigError } from '../errors.js';

/** Starts `httpServer` listening; a failure (port taken, bad host) is a ConfigError naming host:port. */
export function listen(httpServer: Server, host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      httpServer.off('listening', onListening);
      reject(new ConfigError(`expected to listen on ${host}:${port}, found ${error.code ?? 'an error'}: ${error.message}`, { host, port }));
    };
    const onListening = (): void => {
      httpServer.off('error', onError);
      resolve();
    };
    httpServer.once('error', onError);
    httpServer.once('listening', onListening);
    httpServer.listen(port, host);
  });
}
