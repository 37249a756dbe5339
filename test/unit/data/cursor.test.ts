import { decodeCursor, encodeCursor } from '../../../lambdas/data/cursor';

const shape = { partitionAttribute: 'GSI1PK', partition: 'WS#ws_1#AGENTS', keyAttributes: ['PK', 'SK', 'GSI1PK', 'GSI1SK'] };
const lastKey = { PK: 'WS#ws_1', SK: 'AGENT#a', GSI1PK: 'WS#ws_1#AGENTS', GSI1SK: 'NAME#a' };

describe('cursors', () => {
  it('round-trip the last evaluated key of the query that produced them', () => {
    expect(decodeCursor(encodeCursor(lastKey) as string, shape)).toEqual(lastKey);
  });

  it('are absent when there is no next page', () => {
    expect(encodeCursor(undefined)).toBeNull();
  });

  it.each([
    ['another partition', { ...lastKey, GSI1PK: 'WS#ws_2#AGENTS' }],
    ['a missing key attribute', { PK: 'WS#ws_1', SK: 'AGENT#a', GSI1PK: 'WS#ws_1#AGENTS' }],
    ['an extra attribute', { ...lastKey, secret: 'x' }],
    ['a non-string value', { ...lastKey, GSI1SK: { S: 'x' } }],
  ])('are refused with 400 when they carry %s', (_, key) => {
    expect(() => decodeCursor(encodeCursor(key) as string, shape)).toThrow(expect.objectContaining({ status: 400, code: 'INVALID_INPUT' }));
  });

  it('are refused with 400 when they are not base64url JSON', () => {
    expect(() => decodeCursor('%%%', shape)).toThrow(expect.objectContaining({ status: 400 }));
  });
});
