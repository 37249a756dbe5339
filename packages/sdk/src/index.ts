export { AgentPlatform } from './client';
export type { ClientOptions } from './config';
export * from './errors';
export type { CreateOptions, ExecuteOptions, UpdateOptions } from './resources/agents';
export { settledStatuses, type WaitOptions } from './resources/executions';
export type * from './types';
