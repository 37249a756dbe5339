import { traced } from './observability';
import { type InstrumentableStack, instrumented } from './sdk-calls';

/**
 * How every function wraps an SDK client it builds: open to the local runtime's interceptors (access
 * checks, call counting) and traced when tracing is on. Deployed without tracing, both are no-ops.
 */
export const sdkClient = <I extends object, O extends object, C extends { middlewareStack: InstrumentableStack<I, O> }>(client: C): C =>
  traced(instrumented<I, O, C>(client));
