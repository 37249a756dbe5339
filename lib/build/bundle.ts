import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { type BuildOptions, build, type Plugin } from 'esbuild';
import { type RouteDefinition, routeId } from '../../lambdas/shared/route';
import { buildOpenApiDocument } from '../../lambdas/http/docs/openapi-document';
import { routes as routeTable } from '../../lambdas/http/routes';
import packageJson from '../../package.json';
import { unusedSchemasDropped } from './unused-schemas';
import { bundleDir, bundledFiles, functionEntries, functionsDir, repoRoot } from './function-bundles';

export interface FunctionBundle {
  id: string;
  /** Size of `index.js`, the code Lambda loads (source maps excluded). */
  bytes: number;
  dir: string;
}

/** How every deployed function is built (the bench builds its baselines the same way). */
export const DEPLOYED_BUILD_OPTIONS = {
  absWorkingDir: repoRoot,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  minify: true,
  // Linked external maps, read by NODE_OPTIONS=--enable-source-maps; mappings only, no sources.
  sourcemap: 'linked',
  sourcesContent: false,
  // The SDK's ES modules: esbuild keeps only the commands a function sends (its CommonJS build comes whole).
  mainFields: ['module', 'main'],
  legalComments: 'none',
  logLevel: 'warning',
} satisfies BuildOptions;

/**
 * One esbuild run for every function instead of one per function at synth.
 * The AWS SDK v3 is bundled: a function runs the SDK version of package-lock.json, the one the tests
 * ran, not whichever version the Lambda runtime ships that day (README, "The AWS SDK in the bundles").
 */
export const bundleFunctions = async (routes: readonly RouteDefinition[] = routeTable): Promise<FunctionBundle[]> => {
  const entries = functionEntries(routes);
  rmSync(functionsDir, { recursive: true, force: true });
  const result = await build({
    ...DEPLOYED_BUILD_OPTIONS,
    entryPoints: entries.map((e) => ({ in: e.source, out: `${e.id}/index` })),
    outdir: functionsDir,
    plugins: [englishOnlyZodLocales, credentialsFromEnvironment, prebuiltOpenApi, separateTracer, unusedSchemasDropped],
  });
  if (result.errors.length > 0) throw new Error(`bundling failed with ${result.errors.length} error(s)`);
  await buildTracer(entries.map((e) => e.id));
  copyBundledFiles(new Set(entries.map((e) => e.id)));
  writeOpenApiDocument(routes, new Set(entries.map((e) => e.id)));
  return entries.map((e) => ({ id: e.id, dir: bundleDir(e.id), bytes: statSync(join(bundleDir(e.id), 'index.js')).size }));
};

/**
 * zod re-exports its ~50 locale packs as `z.locales` (~250 KiB of every bundle). Our error messages
 * are our own English sentences and zod's default locale (`en`) is imported directly, so the bundles
 * keep `en` only. Only the deployed bundles are affected: tests and the local runtime load zod whole.
 */
const englishOnlyZodLocales: Plugin = {
  name: 'zod-english-only',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\/locales\/index\.c?js$/ }, (args) =>
      args.importer.includes('/node_modules/zod/')
        ? { path: join(dirname(args.importer), args.path), namespace: 'zod-locales' }
        : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * Every SDK client's default credential chain (`@aws-sdk/credential-provider-node`) carries the
 * SSO, profile-file, process, web-identity and instance-metadata providers and the STS and SSO
 * clients they call: about 130 KiB of every bundle, compiled at every cold start. On Lambda the
 * runtime puts the execution role's credentials in the environment, where the chain looks first,
 * so deployed bundles take the environment provider alone. Tests and the local runtime keep the chain.
 */
export const credentialsFromEnvironment: Plugin = {
  name: 'credentials-from-environment',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@aws-sdk\/credential-provider-node$/ }, () => ({ path: 'environment', namespace: 'lambda-credentials' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'lambda-credentials' }, () => ({
      contents: "export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';",
      resolveDir: repoRoot,
    }));
  },
};

/**
 * The OpenAPI document only changes with the route table, so it is generated here, once, and
 * written beside the docs function's code; that function's `openapi-source` becomes a read of
 * the file. Its bundle then carries neither the route table (every domain's schemas) nor the
 * generator, and its cold start skips the generation.
 */
export const OPENAPI_FILE = 'openapi.json';

const prebuiltOpenApi: Plugin = {
  name: 'prebuilt-openapi',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\/openapi-source$/ }, (args) =>
      args.importer.endsWith(join('lambdas', 'http', 'docs', 'openapi.ts'))
        ? { path: 'openapi-source', namespace: 'prebuilt-openapi' }
        : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'prebuilt-openapi' }, () => ({
      contents:
        "const { readFileSync } = require('node:fs');\n" +
        `exports.openApiJson = () => readFileSync(require('node:path').join(__dirname, ${JSON.stringify(OPENAPI_FILE)}), 'utf8');`,
      loader: 'js',
    }));
  },
};

/**
 * The X-Ray SDK weighs ~120 KiB minified and only functions with tracing on load it
 * (`traced` in lambdas/shared/observability.ts). It is built once into a file of its own, copied
 * beside every bundle and required at run time, so `index.js` (what every cold start loads) stays lean.
 */
export const TRACER_FILE = 'tracer.js';

const separateTracer: Plugin = {
  name: 'separate-tracer',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\/tracing$/ }, (args) =>
      args.importer.endsWith(join('lambdas', 'shared', 'observability.ts')) ? { path: `./${TRACER_FILE}`, external: true } : undefined,
    );
  },
};

const buildTracer = async (ids: readonly string[]): Promise<void> => {
  const built = join(functionsDir, TRACER_FILE);
  await build({
    ...DEPLOYED_BUILD_OPTIONS,
    entryPoints: ['lambdas/shared/tracing.ts'],
    outfile: built,
    sourcemap: false,
    external: ['@aws-sdk/*'],
  });
  for (const id of ids) copyFileSync(built, join(bundleDir(id), TRACER_FILE));
  rmSync(built);
};

const writeOpenApiDocument = (routes: readonly RouteDefinition[], built: ReadonlySet<string>): void => {
  const id = routeId({ handler: 'docs/openapi' });
  if (!built.has(id)) return;
  const document = buildOpenApiDocument(routes);
  writeFileSync(
    join(bundleDir(id), OPENAPI_FILE),
    JSON.stringify({ ...document, info: { ...document.info, version: packageJson.version } }),
  );
};

const copyBundledFiles = (built: ReadonlySet<string>): void => {
  for (const b of bundledFiles.filter((f) => built.has(routeId(f)))) {
    const target = join(bundleDir(routeId(b)), b.dir);
    mkdirSync(target, { recursive: true });
    for (const file of b.files) copyFileSync(join(b.from, file), join(target, file));
  }
};

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

export const formatBundleSizes = (bundles: readonly FunctionBundle[]): string => {
  const width = Math.max(...bundles.map((b) => b.id.length));
  const rows = [...bundles].sort((a, b) => b.bytes - a.bytes).map((b) => `${b.id.padEnd(width)}  ${kib(b.bytes).padStart(10)}`);
  return [`${bundles.length} functions → ${relative(process.cwd(), functionsDir) || functionsDir}`, ...rows].join('\n');
};

if (require.main === module) {
  const started = performance.now();
  bundleFunctions().then(
    (bundles) => console.log(`${formatBundleSizes(bundles)}\nbuilt in ${Math.round(performance.now() - started)} ms`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
