import type { CountedCall, RequestCalls } from '../../local/call-counter';
import type { ApiResponse } from './api-client';

/** The AWS calls the local runtime counted for one answered request (the test runtime runs with `--count-calls`). */
export const awsCallsOf = async (response: ApiResponse): Promise<RequestCalls> => {
  const requestId = response.headers.get('x-request-id');
  const res = await fetch(`${process.env.API_URL}/local/calls/${encodeURIComponent(requestId ?? '')}`);
  if (res.status !== 200) throw new Error(`no AWS calls recorded for request ${requestId}`);
  return (await res.json()) as RequestCalls;
};

export { sequentialRoundTrips } from '../../local/call-counter';

/** `GetItem ×1, Query ×2`-style tally of the calls one function made to one service. */
export const commandsOf = (calls: readonly CountedCall[], service: string): string[] =>
  calls.filter((c) => c.service === service).map((c) => c.command);
