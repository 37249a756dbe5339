import { MAX_WEBHOOKS_PER_WORKSPACE } from './webhooks/model';

/**
 * The tier table of API.md §1, the one source for the authorizer's counters, the local runtime's
 * limits, the usage endpoint and CDK's API Gateway usage plans (one plan per tier).
 */

export const TIERS = ['free', 'solo', 'team', 'enterprise'] as const;
export type Tier = (typeof TIERS)[number];

export interface TierLimits {
  /** null: unlimited. */
  requestsPerDay: number | null;
  requestsPerMinute: number;
  /** Requests a workspace may send at once above its steady rate (API Gateway's burst). */
  burst: number;
  /** null: unlimited. The workspace's system agent does not count. */
  agents: number | null;
  /** Bytes of agent files the workspace may keep (every agent's `files/` together); null: unlimited. */
  storageBytes: number | null;
  /** Webhook endpoints the workspace may register. */
  webhooks: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const tierLimits: Readonly<Record<Tier, TierLimits>> = {
  free: { requestsPerDay: 50, requestsPerMinute: 60, burst: 10, agents: 3, storageBytes: 100 * MiB, webhooks: MAX_WEBHOOKS_PER_WORKSPACE },
  solo: { requestsPerDay: 500, requestsPerMinute: 100, burst: 20, agents: 20, storageBytes: GiB, webhooks: MAX_WEBHOOKS_PER_WORKSPACE },
  team: {
    requestsPerDay: 5_000,
    requestsPerMinute: 500,
    burst: 100,
    agents: 200,
    storageBytes: 10 * GiB,
    webhooks: MAX_WEBHOOKS_PER_WORKSPACE,
  },
  enterprise: {
    requestsPerDay: null,
    requestsPerMinute: 2_000,
    burst: 400,
    agents: null,
    storageBytes: null,
    webhooks: MAX_WEBHOOKS_PER_WORKSPACE,
  },
};

export const isTier = (value: string | null | undefined): value is Tier => (TIERS as readonly string[]).includes(value ?? '');

/**
 * Executions a workspace may run at once (pending, in progress or awaiting approval); more answer
 * 429 CONCURRENCY_LIMIT. Enterprise's figure is the default of a per-workspace setting
 * (`execution_concurrency_override` on the workspace).
 */
export const executionConcurrency: Readonly<Record<Tier, number>> = { free: 2, solo: 5, team: 25, enterprise: 100 };

/** The providers whose models a tier lists; the offline `local` provider calls no model, costs nothing and is never listed. */
export const LISTED_PROVIDERS = ['bedrock', 'openai-compatible'] as const;
export type ListedProvider = (typeof LISTED_PROVIDERS)[number];
export type ModelAllowList = Readonly<Record<Tier, Readonly<Record<ListedProvider, readonly string[]>>>>;

const smallModels = {
  bedrock: ['eu.amazon.nova-micro-v1:0', 'eu.amazon.nova-lite-v1:0'],
  'openai-compatible': ['gpt-4o-mini', 'gpt-4.1-mini'],
};
const midModels = {
  bedrock: [...smallModels.bedrock, 'eu.amazon.nova-pro-v1:0', 'eu.anthropic.claude-3-haiku-20240307-v1:0'],
  'openai-compatible': [...smallModels['openai-compatible'], 'gpt-4o', 'gpt-4.1'],
};
const largeModels = {
  bedrock: [...midModels.bedrock, 'eu.anthropic.claude-3-7-sonnet-20250219-v1:0', 'eu.anthropic.claude-sonnet-4-20250514-v1:0'],
  'openai-compatible': [...midModels['openai-compatible'], 'o3-mini'],
};

/**
 * The models each tier's agents may name (`llm_model`), by provider: the default of every
 * environment's `models` (lib/config/environments.ts), which the functions receive.
 */
export const tierModels: ModelAllowList = { free: smallModels, solo: midModels, team: largeModels, enterprise: largeModels };

/**
 * What a workspace may spend on model turns in a calendar month (UTC), in US dollars;
 * null: unlimited. Operators set `monthly_budget_usd`.
 */
export const monthlyBudgetUsd: Readonly<Record<Tier, number | null>> = { free: 5, solo: 50, team: 500, enterprise: null };

/**
 * Episodes an agent must have recorded at its current level before it may sit the exam for the
 * next one (domain/learning/readiness.ts); the same for every tier.
 */
export const graduationMinimumEpisodes: Readonly<Record<'intern' | 'supervised' | 'autonomous', number>> = {
  intern: 10,
  supervised: 25,
  autonomous: 50,
};

/**
 * The exam score (the mean of its tasks' scores, 0–1) a graduation to each level must reach; a
 * workspace's exam set for the level may set its own `pass_mark` (domain/graduation/pass-mark.ts).
 */
export const graduationPassMark: Readonly<Record<'intern' | 'supervised' | 'autonomous', number>> = {
  intern: 0.6,
  supervised: 0.7,
  autonomous: 0.8,
};

/**
 * Governance demotion: this many governance violations recorded at an agent's level within this many
 * days lower it one level (never below student; domain/graduation/demotion.ts). The same for every tier.
 */
export const governanceDemotion: Readonly<{ violations: number; windowDays: number }> = { violations: 3, windowDays: 7 };
