import * as z from 'zod';
import { EVENT_CONTRACT, type PlatformEvent } from './event-types';

/**
 * Each event's `detail` as a JSON Schema, from the event contract: the OpenAPI document lists
 * them under `webhooks` (JSON Schema 2020-12) and the schema registry publishes them (OpenAPI 3.0).
 * `data` is described as the platform writes it (zod's input side); objects stay open, so a
 * consumer's validator keeps accepting events when an optional field is added (no new version).
 */

export type JsonSchema = Record<string, unknown>;
export type SchemaTarget = 'draft-2020-12' | 'openapi-3.0';

const dataSchema = (event: PlatformEvent, target: SchemaTarget): JsonSchema => {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(EVENT_CONTRACT[event].data, {
    io: 'input',
    target,
    unrepresentable: 'any',
  }) as JsonSchema;
  return schema;
};

/** OpenAPI 3.0 has no `const`; a one-value `enum` says the same. */
const constant = (value: string | number, target: SchemaTarget): JsonSchema => ({
  type: typeof value === 'number' ? 'integer' : 'string',
  ...(target === 'openapi-3.0' ? { enum: [value] } : { const: value }),
});

export const eventDetailSchema = (event: PlatformEvent, target: SchemaTarget = 'draft-2020-12'): JsonSchema => {
  const { version, summary } = EVENT_CONTRACT[event];
  return {
    type: 'object',
    description: summary,
    required: ['id', 'event', 'version', 'workspace_id', 'data', 'timestamp'],
    properties: {
      id: { type: 'string', description: 'Unique per event and the same on every retry or replay of it: de-duplicate on it.' },
      event: constant(event, target),
      version: {
        ...constant(version, target),
        description: 'Raised when a field of `data` is removed or retyped; adding an optional field keeps it.',
      },
      workspace_id: { type: 'string', description: 'The workspace the change happened in.' },
      data: dataSchema(event, target),
      timestamp: { type: 'string', format: 'date-time', description: 'When the change committed (ISO 8601, UTC).' },
    },
  };
};

/** `execution.awaiting_approval` → `ExecutionAwaitingApprovalEvent`: a name code generators turn into a type. */
export const eventSchemaName = (event: PlatformEvent): string =>
  `${event
    .split(/[._]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}Event`;
