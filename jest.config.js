/**
 * One `npm test` run, four projects: fast unit tests; live tests (integration and API) that
 * share one local runtime — one DynamoDB Local, one S3 stand-in — started once per run; the SDKs'
 * and CLI's tests, against that same runtime; and
 * infrastructure tests over the synthesized CDK templates.
 */
const transform = {
  '^.+\\.(t|j|mj)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};
// ESM-only packages that must be compiled for jest's CommonJS runtime.
const transformIgnorePatterns = ['/node_modules/(?!(jose|ulid|@middy|@seriousme)/)'];

const common = { transform, transformIgnorePatterns, testEnvironment: 'node' };

module.exports = {
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'], setupFiles: ['<rootDir>/test/support/unit-env.ts'] },
    {
      ...common,
      displayName: 'live',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/api/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/live-setup.ts',
      globalTeardown: '<rootDir>/test/support/live-teardown.ts',
      setupFiles: ['<rootDir>/test/support/live-env.ts'],
    },
    {
      ...common,
      displayName: 'sdk',
      testMatch: ['<rootDir>/packages/sdk/test/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/live-setup.ts',
      globalTeardown: '<rootDir>/test/support/live-teardown.ts',
      setupFiles: ['<rootDir>/test/support/live-env.ts'],
    },
    {
      ...common,
      displayName: 'infra',
      testMatch: ['<rootDir>/test/infra/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/infra-setup.ts',
    },
  ],
};
