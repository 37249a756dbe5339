import { ulid } from 'ulid';

/** API.md §1: IDs are prefixed ULIDs (`ws_…`, `agent_…`, `key_…`). */
export type IdPrefix = 'evt' | 'ws' | 'agent' | 'exec' | 'grad' | 'plg' | 'psn' | 'key' | 'whk' | 'dlv' | 'sch' | 'int';

export const newId = (prefix: IdPrefix): string => `${prefix}_${ulid()}`;

export const idPattern = (prefix: IdPrefix): RegExp => new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`);
