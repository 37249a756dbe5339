import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { AGENT_LOG_PREFIX } from '../../../lambdas/data/keys';
import { ddb } from '../../../lambdas/data/table';
import { handler as createAgent } from '../../../lambdas/http/agents/create';
import { aUser, aWorkspace } from '../../support/fixtures';
import { aContext, anEvent, aPrincipal } from '../../support/events';

/** What the request path costs now that events are outbox items: DynamoDB calls counted as the handler makes them. */

const calls: { command: string; input: unknown }[] = [];
ddb.middlewareStack.add(
  (next, context) => async (args) => {
    calls.push({ command: String(context.commandName), input: args.input });
    return next(args);
  },
  { step: 'initialize', name: 'countCalls' },
);

const root = resolve(__dirname, '..', '..', '..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });

describe('creating an agent', () => {
  it('reads the workspace and writes the agent, its event and its log line in one transaction: two DynamoDB calls', async () => {
    const ws = await aWorkspace(await aUser('calls'));
    calls.length = 0;
    const res = await createAgent(
      anEvent({
        path: '/api/agents',
        body: JSON.stringify({ name: `Counted ${Date.now()}` }),
        principal: aPrincipal({ workspace_id: ws, tier: 'free' }),
      }),
      aContext(),
    );
    expect(res.statusCode).toBe(201);
    expect(calls.map((c) => c.command)).toEqual(['GetItemCommand', 'TransactWriteItemsCommand']);
    // Seen before the document client marshals them: plain keys.
    const puts = ((calls[1]?.input as { TransactItems: { Put?: { Item: { PK: string; SK: string } } }[] }).TransactItems ?? []).map(
      (i) => i.Put?.Item,
    );
    expect(puts.filter((item) => item?.PK.startsWith('OUTBOX#'))).toHaveLength(1);
    expect(puts.filter((item) => item?.SK.startsWith(AGENT_LOG_PREFIX))).toHaveLength(1);
  });
});

describe('the request path and the execution flow', () => {
  it('never call EventBridge: only the outbox relay uses its client, which data/clients.ts builds', () => {
    const using = (pattern: RegExp) =>
      sources(join(root, 'lambdas'))
        .filter((file) => pattern.test(readFileSync(file, 'utf8')))
        .map((file) => relative(root, file));
    expect({ sdk: using(/@aws-sdk\/client-eventbridge/), client: using(/\beventBridge\(\)/) }).toEqual({
      sdk: ['lambdas/data/clients.ts', 'lambdas/events/outbox-relay.ts'],
      client: ['lambdas/events/outbox-relay.ts'],
    });
  });
});
