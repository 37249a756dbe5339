import type { z } from 'zod';
import type { ErrorDetail } from '../errors';
import type { BundleFiles } from './bundle-reader';
import { isUnsafePath } from './bundle-reader';
import { invalidBundle } from './invalid-bundle';
import { BUNDLE_LIMITS, type BundleLimits, MANIFEST_FILE } from './limits';
import { manifestSchema } from './manifest';
import type { DocEntry, PluginManifest, PluginVersion } from './model';

/**
 * From a read bundle to what a version stores: the validated manifest and the text of every
 * document it names. Every problem found is reported at once (422 INVALID_BUNDLE).
 */

export type Release = Pick<PluginVersion, 'manifest' | 'docs'>;

const utf8 = new TextDecoder('utf-8', { fatal: true });

const decode = (bytes: Buffer): string | null => {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
};

const fieldOf = (path: readonly PropertyKey[]) => {
  const field = path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
    '',
  );
  return `${MANIFEST_FILE}:${field}`;
};

const manifestProblems = (error: z.ZodError): ErrorDetail[] =>
  error.issues.map((issue) => ({ field: fieldOf(issue.path), issue: issue.message }));

const readManifest = (files: BundleFiles, limits: BundleLimits): { manifest?: PluginManifest; problems: ErrorDetail[] } => {
  const bytes = files.texts.get(MANIFEST_FILE);
  if (!bytes) {
    const issue = files.unread.has(MANIFEST_FILE)
      ? `${MANIFEST_FILE} is larger than ${limits.manifestBytes} bytes`
      : `${MANIFEST_FILE} is missing: put it at the root of the bundle (or of its one top-level folder)`;
    return { problems: [{ field: MANIFEST_FILE, issue }] };
  }
  const text = decode(bytes);
  if (text === null) return { problems: [{ field: MANIFEST_FILE, issue: `${MANIFEST_FILE} is not UTF-8 text` }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [{ field: MANIFEST_FILE, issue: `${MANIFEST_FILE} is not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = manifestSchema.safeParse(json);
  return parsed.success ? { manifest: parsed.data, problems: [] } : { problems: manifestProblems(parsed.error) };
};

const readDocs = (files: BundleFiles, kind: 'skills' | 'commands', entries: DocEntry[], limits: BundleLimits) => {
  const docs: Record<string, string> = {};
  const problems: ErrorDetail[] = [];
  entries.forEach((entry, i) => {
    const field = `${MANIFEST_FILE}:${kind}[${i}].file`;
    const path = entry.file.replace(/^(\.\/)+/, '');
    const bytes = files.texts.get(path);
    const text = bytes ? decode(bytes) : null;
    if (isUnsafePath(path)) problems.push({ field, issue: `"${entry.file}" is not a path inside the bundle` });
    else if (bytes && bytes.length > limits.docBytes)
      problems.push({ field, issue: `"${entry.file}" is larger than ${limits.docBytes} bytes` });
    else if (bytes && text === null) problems.push({ field, issue: `"${entry.file}" is not UTF-8 text` });
    else if (text !== null) docs[entry.name] = text;
    else if (files.unread.has(path)) problems.push({ field, issue: `"${entry.file}" is too large to be a skill or command document` });
    else problems.push({ field, issue: `"${entry.file}" is not in the bundle` });
  });
  return { docs, problems };
};

export const validateRelease = (files: BundleFiles, pluginName: string, limits: BundleLimits = BUNDLE_LIMITS): Release => {
  const { manifest, problems } = readManifest(files, limits);
  if (!manifest) throw invalidBundle(problems);
  if (manifest.name !== pluginName) {
    problems.push({ field: `${MANIFEST_FILE}:name`, issue: `the manifest names "${manifest.name}" but this plugin is "${pluginName}"` });
  }
  const skills = readDocs(files, 'skills', manifest.skills, limits);
  const commands = readDocs(files, 'commands', manifest.commands, limits);
  problems.push(...skills.problems, ...commands.problems);
  const docBytes = [...Object.values(skills.docs), ...Object.values(commands.docs)].reduce((sum, d) => sum + Buffer.byteLength(d), 0);
  if (docBytes > limits.docsBytes) {
    problems.push({
      field: MANIFEST_FILE,
      issue: `the skill and command documents together are ${docBytes} bytes; at most ${limits.docsBytes} are allowed`,
    });
  }
  if (problems.length > 0) throw invalidBundle(problems);
  return { manifest, docs: { skills: skills.docs, commands: commands.docs } };
};
