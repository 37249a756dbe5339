import { CallCounter } from '../../../local/call-counter';
import type { IncomingRequest } from '../../../local/gateway-event';

const lookUp = (counter: CallCounter, requestId: string) => {
  const request: IncomingRequest = {
    method: 'GET',
    path: `/local/calls/${requestId}`,
    query: new URLSearchParams(),
    headers: {},
    body: Buffer.alloc(0),
    sourceIp: '127.0.0.1',
  };
  return counter.handle(request);
};

describe('the call counter', () => {
  it('keeps a record for each request it counts', async () => {
    const counter = new CallCounter();
    await counter.within('req_counted', 'GET /api/agents', async () => undefined);
    expect(lookUp(counter, 'req_counted')?.statusCode).toBe(200);
  });

  it('keeps none for a request that starts while it is paused, and counts again afterwards', async () => {
    const counter = new CallCounter();
    await counter.paused(() => counter.within('req_paused', 'GET /api/agents', async () => undefined));
    await counter.within('req_after', 'GET /api/agents', async () => undefined);
    expect(lookUp(counter, 'req_paused')?.statusCode).toBe(404);
    expect(lookUp(counter, 'req_after')?.statusCode).toBe(200);
  });
});
