import { bundleFunctions } from '../../lib/build/bundle';

/** One esbuild run before the infra suite, so every synth deploys real bundles (`Code.fromAsset`). */
export default async (): Promise<void> => {
  await bundleFunctions();
};
