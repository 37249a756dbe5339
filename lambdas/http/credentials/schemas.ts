import * as z from 'zod';
import { CREDENTIAL_NAME, MAX_CREDENTIALS, MAX_VALUE_BYTES } from '../../domain/secrets/credentials';
import { MIN_PASSPHRASE } from '../../domain/secrets/portable-bundle';
import { modelEndpointRefusal } from '../../shared/model-endpoint-policy';
import { agentRef } from '../agents/schemas';

export const credentialName = z.string().regex(CREDENTIAL_NAME, 'upper case letters, digits and _, starting with a letter, at most 64');

/** The values a request (or an opened bundle) may carry; a model endpoint among them is checked as it is stored. */
export const credentialValues = z
  .record(
    credentialName,
    z
      .string()
      .min(1)
      .refine((v) => Buffer.byteLength(v) <= MAX_VALUE_BYTES, `at most ${MAX_VALUE_BYTES} bytes`),
  )
  .refine((o) => Object.keys(o).length <= MAX_CREDENTIALS, `at most ${MAX_CREDENTIALS} credentials`)
  .superRefine((o, ctx) => {
    if (o.OPENAI_BASE_URL === undefined) return;
    const refusal = modelEndpointRefusal(o.OPENAI_BASE_URL);
    if (refusal) ctx.addIssue({ code: 'custom', path: ['OPENAI_BASE_URL'], message: `OPENAI_BASE_URL is refused: ${refusal}` });
  });

export const injectBody = z.strictObject({
  credentials: credentialValues
    .refine((o) => Object.keys(o).length > 0, 'at least one credential')
    .describe('`{NAME: value}`; a name that exists is replaced. Values are encrypted and never returned or logged.'),
});

const passphrase = z.string().min(MIN_PASSPHRASE).max(1024).describe(`At least ${MIN_PASSPHRASE} characters`);

export const exportBody = z.strictObject({ passphrase });

export const importBody = z.strictObject({
  bundle: z
    .string()
    .min(1)
    .max(4 * 1024 * 1024)
    .describe('What `credentials/export` answered'),
  passphrase,
  mode: z.enum(['merge', 'replace']).default('merge').describe('`merge` keeps names the bundle lacks; `replace` removes them'),
});

export const credentialEntrySchema = z.object({
  name: z.string(),
  updated_at: z.string(),
  fingerprint: z
    .string()
    .describe("First 8 hex digits of the value's HMAC-SHA256 keyed per agent: tells one agent's values apart without revealing them"),
});

export const credentialsData = z.object({ credentials: z.array(credentialEntrySchema) });

export const agentParams = z.strictObject({ agent: agentRef });
export const credentialParams = z.strictObject({ agent: agentRef, name: credentialName });
