import * as z from 'zod';
import { LISTED_PROVIDERS, type ModelAllowList, TIERS, tierModels } from '../domain/tiers';
import { optionalEnv } from './env';

/**
 * The environment's model allow-list (`MODEL_ALLOW_LIST`, JSON set by CDK from the environment
 * config); the tier table's when unset (the local runtime). A malformed value fails at load.
 */

const providerModels = z.strictObject(
  Object.fromEntries(LISTED_PROVIDERS.map((p) => [p, z.array(z.string().min(1))])) as Record<
    (typeof LISTED_PROVIDERS)[number],
    z.ZodArray<z.ZodString>
  >,
);
const allowListSchema = z.strictObject(
  Object.fromEntries(TIERS.map((t) => [t, providerModels])) as Record<(typeof TIERS)[number], typeof providerModels>,
);

const configured = optionalEnv('MODEL_ALLOW_LIST');

export const modelAllowList: ModelAllowList = configured ? allowListSchema.parse(JSON.parse(configured)) : tierModels;
