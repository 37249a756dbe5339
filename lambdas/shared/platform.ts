import { optionalEnv } from './env';

/** The running build's identity, set by CDK (and by the local runtime) from package.json and the environment name. */
export const platformInfo = {
  version: optionalEnv('PLATFORM_VERSION') ?? '0.0.0',
  environment: optionalEnv('PLATFORM_ENV') ?? 'local',
};
