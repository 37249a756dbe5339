import { AgentPlatform } from '../client';
import { type Command, UsageError } from './command';
import { clientOptions, readConfig, writeConfig } from './config-store';
import { paint, printJson, printTable } from './output';

/** login and workspaces. */

export const sessionCommands: Record<string, Command> = {
  login: {
    usage:
      'login (--token <jwt> | --api-key <key>) [--url <base url>] [--workspace <ws_…>]\n' +
      '  Checks the credentials, then stores them (mode 0600) for later commands.',
    arity: 0,
    run: async ({ flags, out }) => {
      if (!flags.token === !flags['api-key']) throw new UsageError('login needs exactly one of --token and --api-key');
      const stored = {
        baseUrl: flags.url ?? clientOptions().baseUrl ?? 'http://127.0.0.1:3000',
        token: flags.token,
        apiKey: flags['api-key'],
        workspaceId: flags.workspace,
      };
      const workspaces = await new AgentPlatform(stored).workspaces.list();
      const path = writeConfig(stored);
      if (out.json) printJson(out, { base_url: stored.baseUrl, workspaces: workspaces.length, config: path });
      else out.write(`${paint(out, 'green', 'Logged in')} to ${stored.baseUrl} (${workspaces.length} workspace(s)); saved to ${path}\n`);
      return 0;
    },
  },
  'workspaces list': {
    usage: 'workspaces list [--json]',
    arity: 0,
    run: async ({ out, client }) => {
      const workspaces = await client().workspaces.list();
      if (out.json) printJson(out, workspaces);
      else printTable(out, workspaces, ['id', 'name', 'tier', 'role']);
      return 0;
    },
  },
  'workspaces create': {
    usage: 'workspaces create <name> [--json]\n  Creates a workspace (you become its owner) and makes it the default.',
    arity: 1,
    run: async ({ args, out, client }) => {
      const workspace = await client().workspaces.create({ name: args[0] as string });
      writeConfig({ ...readConfig(), workspaceId: workspace.id });
      if (out.json) printJson(out, workspace);
      else out.write(`Created ${workspace.name} (${workspace.id}), now the default\n`);
      return 0;
    },
  },
  'workspaces use': {
    usage: 'workspaces use <ws_…>\n  Makes the workspace the default for later commands.',
    arity: 1,
    run: async ({ args, out, client }) => {
      const workspace = await client().workspaces.get(args[0]);
      writeConfig({ ...readConfig(), workspaceId: workspace.id });
      if (out.json) printJson(out, workspace);
      else out.write(`Using ${workspace.name} (${workspace.id})\n`);
      return 0;
    },
  },
};
