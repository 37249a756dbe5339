import { parseArgs } from 'node:util';
import { startPlatform } from './platform';
import { keepServingOnUnhandledRejection } from './process-guard';

// Deployed functions run on Node 24; the SDK's notice about Node 20 support says nothing about this platform.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/**
 * `npm start [-- --port 3000] [--host 127.0.0.1] [--data ./data] [--quiet] [--public-rate-limit 60] [--unthrottled]
 * [--count-calls] [--tool-functions registry.json] [--unsafe-expose]`: the whole platform on this machine.
 * A non-loopback `--host` needs `--unsafe-expose` (see exposure.ts).
 */

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    data: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    'public-rate-limit': { type: 'string', default: '60' },
    unthrottled: { type: 'boolean', default: false },
    'count-calls': { type: 'boolean', default: false },
    'unsafe-expose': { type: 'boolean', default: false },
    'tool-functions': { type: 'string' },
  },
});

/** Access-log lines of requests answered while starting wait for the ready line. */
const accessLog = () => {
  const held: string[] = [];
  let open = false;
  const write = (line: string) => process.stdout.write(`${line}\n`);
  return {
    log: (line: string) => (open ? write(line) : held.push(line)),
    open: () => {
      open = true;
      held.splice(0).forEach(write);
    },
  };
};

const main = async () => {
  const started = performance.now();
  keepServingOnUnhandledRejection((line) => process.stderr.write(`${line}\n`));
  const access = accessLog();
  const platform = await startPlatform({
    port: Number(values.port),
    host: values.host,
    dataDir: values.data,
    publicRateLimit: Number(values['public-rate-limit']),
    unthrottled: values.unthrottled,
    countCalls: values['count-calls'],
    unsafeExpose: values['unsafe-expose'],
    toolFunctions: values['tool-functions'],
    log: values.quiet ? undefined : access.log,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    [
      `Agent Platform ready at ${platform.url} in ${seconds}s (${values.data ? `data in ${values.data}` : 'data in memory'})`,
      `  API docs:  ${platform.url}/docs`,
      `  OpenAPI:   ${platform.url}/openapi.json`,
      `  Token:     npm run token -- --email you@example.com`,
      `  DynamoDB Local: ${platform.dynamoEndpoint} (pid ${platform.dynamoPid}), S3: ${platform.s3Endpoint}`,
      '',
    ].join('\n'),
  );
  access.open();

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: stopping\n`);
    platform.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
};

main().catch((error: unknown) => {
  process.stderr.write(`the local platform could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
