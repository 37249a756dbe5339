/** Configuration comes from the environment CDK (or the local runtime) sets; a missing value fails at load, not mid-request. */
export const requiredEnv = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`missing required environment variable ${name}`);
  return value;
};

export const optionalEnv = (name: string): string | undefined => process.env[name] || undefined;
