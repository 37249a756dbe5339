/**
 * Every AWS client the handlers build is `instrumented`: each of its calls passes through the
 * interceptors the runtime around the handlers registered (looked up per call). Deployed there are
 * none — IAM authorizes each call. The local runtime registers its emulation of each function's IAM
 * grants (local/iam.ts), so a handler reaching beyond its declared access fails locally as it would
 * deployed, and in bench and test mode its call counter (local/call-counter.ts).
 */

export interface SdkCall {
  /** `DynamoDBClient`, `S3Client`…: the SDK's own names, as its middleware context gives them. */
  clientName: string;
  /** `PutItemCommand`, `GetObjectCommand`…: the service's command (the document client's wrappers resolve to these). */
  commandName: string;
  input: Record<string, unknown>;
}

type Send = (input: Record<string, unknown>) => Promise<{ output: unknown }>;

/** Sees one call before it is sent: it may refuse it (throw), change its input, or read its output. */
export type SdkInterceptor = (call: SdkCall, send: Send) => Promise<{ output: unknown }>;

interface CallContext {
  clientName?: string;
  commandName?: string;
}
type Next<I, O> = (args: { input: I }) => Promise<{ output: O }>;
export interface InstrumentableStack<I, O> {
  add(middleware: (next: Next<I, O>, context: CallContext) => Next<I, O>, options: { step: 'initialize'; name: string }): void;
}

const interceptors: SdkInterceptor[] = [];

export const interceptSdkCalls = (interceptor: SdkInterceptor): void => {
  interceptors.push(interceptor);
};

/** The interceptors in registration order (the first registered sees the call first), ending in `send`. */
const through = (call: Omit<SdkCall, 'input'>, send: Send): Send =>
  interceptors.reduceRight<Send>((inner, interceptor) => (input) => interceptor({ ...call, input }, inner), send);

export const instrumented = <I extends object, O extends object, C extends { middlewareStack: InstrumentableStack<I, O> }>(
  client: C,
): C => {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (interceptors.length === 0) return next(args);
      const call = { clientName: context.clientName ?? 'unknown', commandName: context.commandName ?? 'unknown' };
      const result = await through(call, (input) => next({ ...args, input: input as I }))(args.input as Record<string, unknown>);
      return result as { output: O };
    },
    { step: 'initialize', name: 'platformSdkCalls' },
  );
  return client;
};

/**
 * A call the local runtime answers without the SDK (its stand-in for KMS): it passes the same
 * interceptors, so it is refused where the deployed call would be.
 */
export const standInCall = async (call: SdkCall): Promise<void> => {
  await through(call, async () => ({ output: {} }))(call.input);
};
