import { createHash } from 'node:crypto';
import type { ExecutionStep } from './model';

/**
 * Where a run's data lives, so no item outgrows DynamoDB's 400 KB (API.md §2 "Executions"):
 * - the execution item keeps the run's state; each of OFFLOADED_FIELDS whose JSON is over
 *   INLINE_BYTES is an object in the bucket instead, the item holding its pointer (key, size, sha256);
 * - each step is an item of its own, written with the execution update that records it; a step
 *   whose JSON is over INLINE_BYTES is an object too, its item holding the pointer.
 * Bounds: a context of at most MAX_CONTEXT_BYTES of JSON, a tool's output of at most
 * MAX_TOOL_OUTPUT_CHARS characters, at most MAX_MAX_STEPS model turns; everything else the item
 * holds inline is bounded by the request's schema.
 */

export const INLINE_BYTES = 32 * 1024;
export const MAX_CONTEXT_BYTES = 5 * 1024 * 1024;
export const MAX_TOOL_OUTPUT_CHARS = 256 * 1024;

/** The execution's attributes that may grow past INLINE_BYTES: the input and what the run accumulates. */
export const OFFLOADED_FIELDS = ['context', 'system_prompt', 'user_message', 'tool_catalog', 'reasoning_trace', 'result'] as const;
export type OffloadedField = (typeof OFFLOADED_FIELDS)[number];

/** A body kept in the bucket; its key names its content's sha256, so it never changes once written. */
export interface BodyRef {
  key: string;
  size: number;
  sha256: string;
}

export interface SerializedBody {
  json: string;
  size: number;
  sha256: string;
}

const sha256Of = (json: string): string => createHash('sha256').update(json).digest('hex');

export const serialize = (value: unknown): SerializedBody => {
  const json = JSON.stringify(value);
  return { json, size: Buffer.byteLength(json), sha256: sha256Of(json) };
};

export const fitsInline = (body: Pick<SerializedBody, 'size'>): boolean => body.size <= INLINE_BYTES;

export type ExecutionBodies = Partial<Record<OffloadedField, BodyRef>>;

/** What of an execution lives outside its item: how many of its steps have items, and its offloaded fields. */
export interface StoredParts {
  steps: number;
  bodies: ExecutionBodies;
}

/** The steps of `after` that have no item yet; steps are only ever appended. */
export const unstoredSteps = (after: readonly ExecutionStep[], stored: number): ExecutionStep[] => {
  if (after.length < stored) throw new Error(`an execution lost steps: ${stored} are stored, ${after.length} remain`);
  return after.slice(stored);
};
