import { parseToolFunctionRegistry } from '../domain/plugins/tool-functions';
import { optionalEnv } from './env';

/**
 * `PLUGIN_TOOL_FUNCTIONS` (JSON set by CDK from the environment config); unset, no
 * function is registered. A malformed value fails at load.
 */
export const toolFunctionRegistry = parseToolFunctionRegistry(optionalEnv('PLUGIN_TOOL_FUNCTIONS'));
