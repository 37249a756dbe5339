import { App } from 'aws-cdk-lib';
import { bundleFunctions } from '../lib/build/bundle';
import { environmentConfig } from '../lib/config/environments';
import { createPlatform } from '../lib/platform';

/**
 * `cdk synth|deploy -c env=<dev|staging|prod>`: bundles every function (one esbuild run), then
 * builds that environment's stacks. SKIP_BUNDLE=1 reuses `dist/functions` as `npm run build` left it.
 */
const main = async (): Promise<void> => {
  const app = new App({ autoSynth: false });
  const config = environmentConfig(String(app.node.tryGetContext('env') ?? 'dev'));
  if (process.env.SKIP_BUNDLE !== '1') await bundleFunctions();
  createPlatform(app, config);
  app.synth();
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
