import * as z from 'zod';

/**
 * Plugin names and exact versions, as request bodies and manifests both spell them. Plain patterns,
 * kept apart from the manifest rules: route schemas are in every function's bundle and the OpenAPI
 * document's, so they must not carry the semver library or the JSON Schema compiler.
 */

export const PLUGIN_NAME_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** semver.org's own pattern, in its three parts: `major.minor.patch[-pre][+build]`, no `v` prefix, no leading zeros. */
export const SEMVER_PATTERN = new RegExp(
  String.raw`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)` +
    String.raw`(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?` +
    String.raw`(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`,
);

export const pluginName = z
  .string()
  .regex(PLUGIN_NAME_PATTERN, 'lowercase letters, digits and -, 1–63 characters, not starting or ending with -');

// The length check aborts first, so the pattern never scans a long hostile string.
export const exactSemver = z.string().max(256, { abort: true }).regex(SEMVER_PATTERN, 'must be a semantic version such as 1.2.3');
