import { assertRunnable, assertToolsPermitted, type ExecutionRequest, onlyBuiltIns, requestedTools } from '../../domain/executions/submit';
import type { Execution } from '../../domain/executions/model';
import { BUILT_IN_TOOLS, toolCatalog } from '../../domain/executions/tools';
import { currentWorkspace, type Principal } from '../../shared/principal';
import { workspaceRead } from '../../data/workspaces';
import { assembleAgentContext } from '../agents/assemble-context';
import { loadAgentToRunWith } from '../agents/authorize-run';
import { startExecution } from './start';

/**
 * Running an agent on a request (`POST /api/agents/{agent}/execute`), the primary course:
 * 1. load the agent the caller may run (authorize-run.ts), its workspace read beside it; it must be active;
 * 2. the tools the request asks for must be ones the agent may call: built-ins need no read, plugin
 *    tools are known from its assembled context;
 * 3. start the run (start.ts).
 */
export const runAgent = async (principal: Principal, ref: string, request: ExecutionRequest): Promise<Execution> => {
  const { agent, item: workspace } = await loadAgentToRunWith(principal, ref, () => workspaceRead(currentWorkspace(principal)));
  assertRunnable(agent);
  const tools = requestedTools(request.parameters ?? {});
  if (tools.length > 0) {
    const catalog = onlyBuiltIns(tools) ? BUILT_IN_TOOLS : toolCatalog((await assembleAgentContext(agent.workspace_id, agent)).tools);
    assertToolsPermitted(agent, tools, catalog);
  }
  return startExecution(agent, request, { requestedBy: principal.user_id, source: { type: 'api' }, workspace: workspace ?? undefined });
};
