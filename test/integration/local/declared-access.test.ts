import { handler as createAgent } from '../../../lambdas/http/agents/create';
import { createAgent as createAgentRoute } from '../../../lambdas/http/agents/routes';
import { enforceDeclaredAccess, runAs } from '../../../local/iam';
import { aUser, aWorkspace } from '../../support/fixtures';
import { aContext, anEvent, aPrincipal } from '../../support/events';

/** The local runtime's emulation of IAM, on the real handler and DynamoDB Local, as the runtime wires it. */

const denials: string[] = [];
enforceDeclaredAccess((line) => denials.push(line));

const createAs = async (access: typeof createAgentRoute.access) => {
  const ws = await aWorkspace(await aUser('declared'));
  const handler = runAs({ name: 'agents-create', serves: 'route POST /api/agents', access }, createAgent);
  const event = anEvent({
    path: '/api/agents',
    body: JSON.stringify({ name: `Declared ${Date.now()}` }),
    principal: aPrincipal({ workspace_id: ws, tier: 'free' }),
  });
  return handler(event, aContext());
};

describe('a route whose declared access is narrower than what its handler does', () => {
  beforeEach(() => {
    denials.length = 0;
  });

  it('fails locally as deployed: the write is refused, the caller gets 500 INTERNAL, the log names route and permission', async () => {
    const res = await createAs({ table: 'read' });
    expect(res.statusCode).toBe(500);
    expect(JSON.parse(res.body).error.code).toBe('INTERNAL');
    expect(denials).toHaveLength(1);
    expect(denials[0]).toMatch(
      /not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:[^ ]+:table\/agent-platform-local/,
    );
    expect(denials[0]).toContain('route POST /api/agents declares access {"table":"read"}');
  });

  it('succeeds under the access the route table declares', async () => {
    const res = await createAs(createAgentRoute.access);
    expect(res.statusCode).toBe(201);
    expect(denials).toEqual([]);
  });
});
