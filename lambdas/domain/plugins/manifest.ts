import validRange from 'semver/ranges/valid';
import * as z from 'zod';
import { RISKS } from '../governance';
import { jsonSchemaProblem } from './json-schema';
import { BUNDLE_LIMITS } from './limits';
import { exactSemver, pluginName } from './names';

/**
 * plugin.json (API.md §2): name, semver version, description, skills and commands (each naming a
 * markdown document in the bundle), tools (JSON Schema input, risk, optional endpoint), requires
 * (other plugins' names with semver ranges) and the credentials the tools need. Unknown fields are
 * refused, so a misspelt field never goes unnoticed; author, homepage, license and keywords are
 * accepted as metadata.
 */

const ITEM_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;
export const CREDENTIAL_NAME_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;
const LAMBDA_ARN_PATTERN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]+)?$/;

const itemName = z.string().regex(ITEM_NAME_PATTERN, 'letters, digits, _ and -, 1–64 characters');
const text = (max: number) => z.string().trim().min(1).max(max);

const semverRange = z
  .string()
  .min(1)
  .max(100)
  .refine((r) => validRange(r) !== null, 'must be a semver range such as ^1.2.0');

const isHttpsUrl = (value: string) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

const docEntry = z.strictObject({
  name: itemName,
  description: text(500),
  file: z
    .string()
    .min(1)
    .max(256)
    .regex(/\.(md|markdown)$/i, 'must name a markdown file (.md)'),
});

const tool = z.strictObject({
  name: itemName,
  description: text(1_000),
  input_schema: z.record(z.string(), z.unknown()).superRefine((schema, ctx) => {
    const problem = jsonSchemaProblem(schema);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  risk: z.enum(RISKS),
  endpoint: z
    .string()
    .max(2_048)
    .refine((e) => isHttpsUrl(e) || LAMBDA_ARN_PATTERN.test(e), 'must be an https:// URL or a Lambda function ARN')
    .optional(),
});

const unique =
  <T>(key: (item: T) => string, what: string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(key(item)))
        ctx.addIssue({ code: 'custom', message: `${what} "${key(item)}" appears more than once`, path: [i, 'name'] });
      seen.add(key(item));
    });
  };

export const manifestSchema = z
  .strictObject({
    name: pluginName,
    version: exactSemver,
    description: text(500),
    skills: z
      .array(docEntry)
      .max(BUNDLE_LIMITS.skills)
      .superRefine(unique((s) => s.name, 'skill'))
      .default([]),
    commands: z
      .array(docEntry)
      .max(BUNDLE_LIMITS.commands)
      .superRefine(unique((c) => c.name, 'command'))
      .default([]),
    tools: z
      .array(tool)
      .max(BUNDLE_LIMITS.tools)
      .superRefine(unique((t) => t.name, 'tool'))
      .default([]),
    requires: z
      .array(z.strictObject({ name: pluginName, version: semverRange }))
      .max(BUNDLE_LIMITS.requires)
      .superRefine(unique((r) => r.name, 'requirement'))
      .default([]),
    requires_credentials: z
      .array(z.string().regex(CREDENTIAL_NAME_PATTERN, 'uppercase letters, digits and _, starting with a letter, at most 64 characters'))
      .max(50)
      .transform((names) => [...new Set(names)])
      .default([]),
    author: z.string().max(200).optional(),
    homepage: z.string().max(2_048).optional(),
    license: z.string().max(100).optional(),
    keywords: z.array(z.string().max(50)).max(20).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.requires.some((r) => r.name === m.name))
      ctx.addIssue({ code: 'custom', message: 'a plugin cannot require itself', path: ['requires'] });
  });
