import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request, type ApiResponse } from './api-client';

/**
 * The example requests of the five source APIs (test/fixtures/seeds/, one file per seed), replayed
 * in order. A seed's placeholder (`agent_abc123`, `{id}`) is replaced in later paths by the value
 * `save` took from an earlier answer, so the replay works on what it created.
 */

export interface SeedRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  /** The documented different answer (docs/seeds.md), with `why`; otherwise any 2xx. */
  status?: number;
  why?: string;
  /** Placeholder → dotted path in the answer whose value replaces it from then on. */
  save?: Record<string, string>;
  /** Dotted paths the seed shows in its answer: each must be present (null counts). */
  shows?: string[];
}

export interface SeedFixture {
  seed: string;
  api: string;
  note: string;
  /** Emails the replay's workspace must have as members before it starts. */
  members?: string[];
  requests: SeedRequest[];
}

const directory = join(__dirname, '..', 'fixtures', 'seeds');

export const seedFixtures = (): SeedFixture[] =>
  readdirSync(directory)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(directory, f), 'utf8')) as SeedFixture);

export const at = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);

const substitute = (path: string, saved: Map<string, string>) =>
  [...saved].reduce((p, [placeholder, value]) => p.split(placeholder).join(encodeURIComponent(value)), path);

export interface ReplayStep {
  request: SeedRequest;
  path: string;
  response: ApiResponse;
  /** What is wrong with the answer; empty when it is what the seed (or docs/seeds.md) says. */
  problems: string[];
}

/** Sends every request of `fixture` in order with `headers`, checking each answer as it comes. */
export const replay = async (fixture: SeedFixture, headers: Record<string, string>): Promise<ReplayStep[]> => {
  const saved = new Map<string, string>();
  const steps: ReplayStep[] = [];
  for (const req of fixture.requests) {
    const path = substitute(req.path, saved);
    const response = await request(req.method, path, { headers, ...(req.body === undefined ? {} : { json: req.body }) });
    const problems: string[] = [];
    const statusOk = req.status === undefined ? response.status >= 200 && response.status < 300 : response.status === req.status;
    if (!statusOk)
      problems.push(`answered ${response.status} (${req.status ?? '2xx'} expected): ${JSON.stringify(response.body).slice(0, 400)}`);
    for (const field of req.shows ?? []) if (at(response.body, field) === undefined) problems.push(`has no ${field}`);
    for (const [placeholder, field] of Object.entries(req.save ?? {})) {
      const value = at(response.body, field);
      if (typeof value === 'string') saved.set(placeholder, value);
      else problems.push(`has no ${field} to stand for ${placeholder}`);
    }
    steps.push({ request: req, path, response, problems });
  }
  return steps;
};
