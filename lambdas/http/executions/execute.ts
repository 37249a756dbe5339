import { assembleAgentContext } from '../../use-cases/agents/assemble-context';
import { assertRunnable, assertToolsPermitted, onlyBuiltIns, requestedTools } from '../../domain/executions/submit';
import { BUILT_IN_TOOLS, toolCatalog } from '../../domain/executions/tools';
import { startExecution } from '../../use-cases/executions/start';
import { httpHandler } from '../../shared/http';
import { accepted } from '../../shared/reply';
import { loadAgentToRun } from '../../use-cases/agents/authorize-run';
import { executeAgent } from './routes';
import { waitForEnd } from '../../use-cases/executions/wait-for-end';
import { acceptedView, syncAnswer } from './views';

export const handler = httpHandler(executeAgent, async ({ params, body, principal }) => {
  const agent = await loadAgentToRun(principal, params.agent);
  assertRunnable(agent);
  const tools = requestedTools(body.parameters ?? {});
  if (tools.length > 0) {
    // Plugin tools are known from the assembled context; built-ins need no read.
    const catalog = onlyBuiltIns(tools) ? BUILT_IN_TOOLS : toolCatalog((await assembleAgentContext(agent.workspace_id, agent)).tools);
    assertToolsPermitted(agent, tools, catalog);
  }
  const execution = await startExecution(agent, body, { requestedBy: principal.user_id, source: { type: 'api' } });
  if (body.mode === 'async') return accepted(acceptedView(execution));
  return syncAnswer(await waitForEnd(execution, body.wait_seconds * 1000));
});
