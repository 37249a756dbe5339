import { createHmac } from 'node:crypto';

/**
 * An agent's credentials: named secret values its tools and providers use. Values are only ever
 * held sealed; what can be shown is the name, when it changed and a fingerprint that tells two
 * values apart without revealing either.
 */

export const CREDENTIAL_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;
export const MAX_VALUE_BYTES = 16 * 1024;
export const MAX_CREDENTIALS = 100;

export type CredentialValues = Record<string, string>;

export interface CredentialEntry {
  name: string;
  updated_at: string;
  fingerprint: string;
}

/**
 * The first 8 hex digits of the value's HMAC-SHA256 keyed by the agent id: salted per agent, so one value held
 * by two agents shows two fingerprints and no table of fingerprints of common secrets applies.
 */
export const fingerprintOf = (value: string, agentId: string): string =>
  createHmac('sha256', `credential-fingerprint:${agentId}`).update(value).digest('hex').slice(0, 8);

export type CredentialChange =
  | { kind: 'merge'; values: CredentialValues }
  | { kind: 'replace'; values: CredentialValues }
  | { kind: 'remove'; name: string };

export interface CredentialSet {
  values: CredentialValues;
  entries: CredentialEntry[];
}

/** Applies a change; entries of untouched names keep their `updated_at`. */
export const applyCredentialChange = (current: CredentialSet, change: CredentialChange, now: string, agentId: string): CredentialSet => {
  const values: CredentialValues =
    change.kind === 'merge'
      ? { ...current.values, ...change.values }
      : change.kind === 'replace'
        ? { ...change.values }
        : Object.fromEntries(Object.entries(current.values).filter(([name]) => name !== change.name));
  const touched = change.kind === 'remove' ? new Set<string>() : new Set(Object.keys(change.values));
  const previous = new Map(current.entries.map((e) => [e.name, e]));
  const entries = Object.keys(values)
    .sort()
    .map((name) => {
      const kept = previous.get(name);
      const value = values[name] as string;
      const fingerprint = fingerprintOf(value, agentId);
      return kept && !touched.has(name)
        ? kept
        : { name, updated_at: kept && kept.fingerprint === fingerprint ? kept.updated_at : now, fingerprint };
    });
  return { values, entries };
};

export const EMPTY_CREDENTIALS: CredentialSet = { values: {}, entries: [] };

export interface CredentialsInjection {
  status: 'complete' | 'missing' | 'none_required';
  required: string[];
  present: string[];
  missing: string[];
}

/** What `start` reports: which of the credentials the agent's plugins require it holds. */
export const credentialsInjection = (required: readonly string[], held: readonly string[]): CredentialsInjection => {
  const holds = new Set(held);
  const present = required.filter((name) => holds.has(name));
  const missing = required.filter((name) => !holds.has(name));
  return {
    status: required.length === 0 ? 'none_required' : missing.length > 0 ? 'missing' : 'complete',
    required: [...required],
    present,
    missing,
  };
};
