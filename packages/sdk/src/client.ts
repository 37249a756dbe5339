import { type ClientOptions, resolveOptions } from './config';
import { Agents } from './resources/agents';
import { ExamSets } from './resources/exam-sets';
import { Executions } from './resources/executions';
import { type PluginPlatform, Plugins } from './resources/plugins';
import { Graduations } from './resources/graduations';
import { Training } from './resources/training';
import { Webhooks } from './resources/webhooks';
import { ApiKeys, Workspaces } from './resources/workspaces';
import { Transport } from './transport';

/** The Agent Platform API, one property per resource: `new AgentPlatform().agents.list()`. */
export class AgentPlatform {
  readonly agents: Agents;
  readonly executions: Executions;
  readonly workspaces: Workspaces;
  readonly apiKeys: ApiKeys;
  readonly plugins: Plugins;
  readonly webhooks: Webhooks;
  readonly training: Training;
  readonly graduations: Graduations;
  readonly examSets: ExamSets;

  /** `platform`: what the runtime adds — the Node entry (node.ts) passes a directory zipper. */
  constructor(options: ClientOptions = {}, platform: PluginPlatform = {}) {
    const transport = new Transport(resolveOptions(options));
    this.executions = new Executions(transport);
    this.agents = new Agents(transport, this.executions);
    this.workspaces = new Workspaces(transport);
    this.apiKeys = new ApiKeys(transport, this.workspaces);
    this.plugins = new Plugins(transport, platform);
    this.webhooks = new Webhooks(transport);
    this.training = new Training(transport);
    this.graduations = new Graduations(transport);
    this.examSets = new ExamSets(transport, this.workspaces);
  }
}
