import type { components, operations } from './schema';

/** Names for the generated operation types: what an operation takes and what its success answer's `data` is. */

type Operation = keyof operations;
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type SuccessOf<O> = O extends { responses: infer R }
  ? { [S in keyof R]: S extends 200 | 201 | 202 ? JsonOf<R[S]> : never }[keyof R]
  : never;

export type DataOf<K extends Operation> = SuccessOf<operations[K]> extends { data: infer D } ? D : never;
export type BodyOf<K extends Operation> = operations[K] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type QueryOf<K extends Operation> = NonNullable<operations[K]['parameters']['query']>;

/** An agent as every agent answer shows it; `GET /api/agents/{agent}` adds `is_owner`, `plugins`, `skills` and `schedules_count`. */
export type Agent = Omit<DataOf<'agentsGet'>['agent'], 'is_owner' | 'plugins' | 'skills' | 'schedules_count'>;
export type Execution = DataOf<'executionsGet'>;
export type ExecutionStatus = Execution['status'];
export type Workspace = DataOf<'workspacesGet'>['workspace'];
export type ApiKey = DataOf<'workspacesApiKeysList'>['api_keys'][number];
export type Webhook = DataOf<'webhooksGet'>['webhook'];
export type Pagination = components['schemas']['Pagination'];
export type LogEntry = DataOf<'agentsLogsList'>['logs'][number];
/** A webhook delivery's body (the event's detail); narrow it on `event`. */
export type WebhookEvent = components['schemas']['WebhookEvent'];
