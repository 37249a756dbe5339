import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** Starts `local/main.ts` exactly as `npm start` does (on a free port) and resolves once it prints that it is ready. */

export interface StartedRuntime {
  child: ChildProcess;
  url: string;
  dynamoEndpoint: string;
  dynamoPid: number;
  s3Endpoint: string;
  startupMs: number;
  output: () => string;
}

const root = resolve(__dirname, '..', '..');

export const startRuntime = (extraArgs: string[] = []): Promise<StartedRuntime> =>
  new Promise((resolvePromise, reject) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'local/main.ts',
        '--port',
        '0',
        '--quiet',
        '--public-rate-limit',
        '100000',
        '--unthrottled',
        '--count-calls',
        ...extraArgs,
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'ERROR',
          // Webhook retries in seconds rather than hours (5 s → 5 ms, 5 min → 300 ms, …).
          WEBHOOK_RETRY_DELAY_SCALE: process.env.WEBHOOK_RETRY_DELAY_SCALE ?? '0.001',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const timer = setTimeout(() => fail(new Error(`the local runtime did not become ready in 60 s:\n${output}`)), 60_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = output.match(/ready at (http:\/\/\S+)/);
      const dynamo = output.match(/DynamoDB Local: (http:\/\/\S+) \(pid (\d+)\), S3: (http:\/\/\S+)/);
      if (ready?.[1] && dynamo?.[1] && dynamo[2] && dynamo[3]) {
        clearTimeout(timer);
        resolvePromise({
          child,
          url: ready[1],
          dynamoEndpoint: dynamo[1],
          dynamoPid: Number(dynamo[2]),
          s3Endpoint: dynamo[3],
          startupMs: Date.now() - started,
          output: () => output,
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => fail(new Error(`the local runtime exited with ${code}:\n${output}`)));
  });

export const stopRuntime = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolvePromise) => {
    if (child.exitCode !== null) return resolvePromise(child.exitCode);
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolvePromise(code));
    child.kill('SIGTERM');
  });
