import type { Agent, BodyOf, QueryOf } from '../types';
import { bodyFrom, type Command, type Context } from './command';
import { printJson, printRecord, printTable } from './output';

/** agents list|get|create|update|delete|start|stop. */

const columns = ['id', 'slug', 'name', 'role', 'maturity_level', 'status', 'runtime_state'];
const fields = [...columns, 'description', 'tags', 'llm_provider', 'llm_model', 'version', 'created_at', 'updated_at'];

const showAgent = ({ out }: Context, agent: Agent) => (out.json ? printJson(out, agent) : printRecord(out, agent, fields));

const tags = (flags: Context['flags']) =>
  flags.tags
    ?.split(',')
    .map((t) => t.trim())
    .filter(Boolean);

export const agentCommands: Record<string, Command> = {
  'agents list': {
    usage:
      'agents list [--status <s>] [--role <r>] [--maturity <level>] [--tags a,b] [--limit <n>] [--json]\n' +
      '  Every matching agent, all pages.',
    arity: 0,
    run: async ({ flags, out, client }) => {
      const agents: Agent[] = [];
      const query = { status: flags.status, role: flags.role, maturity_level: flags.maturity, tags: flags.tags } as QueryOf<'agentsList'>;
      for await (const agent of client().agents.iterate(query)) {
        agents.push(agent);
        if (flags.limit && agents.length >= Number(flags.limit)) break;
      }
      if (out.json) printJson(out, agents);
      else printTable(out, agents, columns);
      return 0;
    },
  },
  'agents get': {
    usage: 'agents get <agent> [--json]   (id or slug)',
    arity: 1,
    run: async (context) => {
      showAgent(context, await context.client().agents.get(context.args[0] as string));
      return 0;
    },
  },
  'agents create': {
    usage: 'agents create --name <name> [--role <r>] [--maturity <level>] [--description <d>] [--tags a,b] [--data <json>] [--json]',
    arity: 0,
    run: async (context) => {
      const { flags } = context;
      const body = bodyFrom(flags, {
        name: flags.name,
        role: flags.role,
        maturity_level: flags.maturity,
        description: flags.description,
        tags: tags(flags),
      });
      showAgent(context, await context.client().agents.create(body as BodyOf<'agentsCreate'>));
      return 0;
    },
  },
  'agents update': {
    usage: 'agents update <agent> [--description <d>] [--status <s>] [--tags a,b] [--data <json>] [--json]',
    arity: 1,
    run: async (context) => {
      const { flags } = context;
      const body = bodyFrom(flags, { description: flags.description, status: flags.status, tags: tags(flags) });
      const update = context.client().agents.update(context.args[0] as string, body as BodyOf<'agentsPatch'>);
      showAgent(context, await update);
      return 0;
    },
  },
  'agents delete': {
    usage: 'agents delete <agent>',
    arity: 1,
    run: async ({ args, out, client }) => {
      await client().agents.delete(args[0] as string);
      if (out.json) printJson(out, { deleted: args[0] });
      else out.write(`Deleted ${args[0]}\n`);
      return 0;
    },
  },
  'agents start': {
    usage: 'agents start <agent> [--json]',
    arity: 1,
    run: async (context) => {
      const result = await context.client().agents.start(context.args[0] as string);
      if (context.out.json) printJson(context.out, result);
      else context.out.write(`Started ${context.args[0]}\n`);
      return 0;
    },
  },
  'agents stop': {
    usage: 'agents stop <agent> [--json]',
    arity: 1,
    run: async (context) => {
      const result = await context.client().agents.stop(context.args[0] as string);
      if (context.out.json) printJson(context.out, result);
      else context.out.write(`Stopped ${context.args[0]}\n`);
      return 0;
    },
  },
};
