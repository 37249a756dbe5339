import { parseArgs } from 'node:util';
import { AgentPlatform } from '../node';
import { AgentPlatformError } from '../errors';
import { agentCommands } from './agent-commands';
import { type Command, type Flags, UsageError } from './command';
import { clientOptions } from './config-store';
import { executionCommands } from './execution-commands';
import { exitCodeFor, exitCodes, exitCodesHelp } from './exit-codes';
import { consoleOutput, type Output, paint } from './output';
import { pluginCommands } from './plugin-commands';
import { sessionCommands } from './session-commands';
import { webhookCommands } from './webhook-commands';

/** `agent-platform <command> [args] [flags]`: the Agent Platform from a terminal or a script. */

const commands: Record<string, Command> = {
  ...sessionCommands,
  ...agentCommands,
  ...executionCommands,
  ...pluginCommands,
  ...webhookCommands,
};

const flagOptions = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  async: { type: 'boolean' },
  follow: { type: 'boolean', short: 'f' },
  ...Object.fromEntries(
    [
      'name',
      'role',
      'maturity',
      'description',
      'status',
      'tags',
      'data',
      'limit',
      'token',
      'api-key',
      'url',
      'workspace',
      'comment',
      'tail',
      'port',
      'secret',
      'forward-to',
    ].map((f) => [f, { type: 'string' }]),
  ),
} as const;

const overview = () =>
  [
    'usage: agent-platform <command> [arguments] [--json] [--help]',
    '',
    'Commands:',
    ...Object.values(commands).map((c) => `  ${c.usage.split('\n')[0]}`),
    '',
    'Settings come from `login`, overridden by AGENT_PLATFORM_URL, AGENT_PLATFORM_TOKEN,',
    'AGENT_PLATFORM_API_KEY and AGENT_PLATFORM_WORKSPACE.',
    exitCodesHelp,
    '',
  ].join('\n');

/** The longest command name the words start with: `agents run …` before `agents`. */
const findCommand = (words: string[]): [string, Command] | undefined => {
  const two = words.slice(0, 2).join(' ');
  if (commands[two]) return [two, commands[two]];
  const one = words[0] ?? '';
  return commands[one] ? [one, commands[one]] : undefined;
};

const groupHelp = (group: string) => {
  const members = Object.entries(commands).filter(([name]) => name.startsWith(`${group} `));
  return members.length ? `${members.map(([, c]) => `usage: agent-platform ${c.usage}`).join('\n')}\n` : undefined;
};

const fail = (out: Output, message: string, code: number): number => {
  out.error(`${paint({ ...out, tty: Boolean(process.stderr.isTTY) && out.tty }, 'red', 'error')}: ${message}\n`);
  return code;
};

export const main = async (argv: string[]): Promise<number> => {
  let parsed: { values: Flags & { help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options: flagOptions, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    return fail(consoleOutput(false), `${(error as Error).message}\n${overview()}`, exitCodes.usage);
  }
  const { values, positionals } = parsed;
  const out = consoleOutput(values.json ?? false);
  const found = findCommand(positionals);
  if (!found) {
    const help = positionals[0] ? groupHelp(positionals[0]) : undefined;
    if (values.help || positionals.length === 0) {
      out.write(help ?? overview());
      return exitCodes.ok;
    }
    return fail(out, `unknown command: ${positionals.join(' ')}\n${help ?? overview()}`, exitCodes.usage);
  }
  const [name, command] = found;
  const usage = `usage: agent-platform ${command.usage}\n`;
  if (values.help) {
    out.write(usage);
    return exitCodes.ok;
  }
  const args = positionals.slice(name.split(' ').length);
  if (args.length !== command.arity) return fail(out, `${name} takes ${command.arity} argument(s)\n${usage}`, exitCodes.usage);
  try {
    return await command.run({ args, flags: values, out, client: () => new AgentPlatform(clientOptions()) });
  } catch (error) {
    if (error instanceof UsageError) return fail(out, `${error.message}\n${usage}`, exitCodes.usage);
    if (error instanceof AgentPlatformError) {
      if (out.json) {
        const body = {
          status: error.status,
          code: error.code,
          message: error.message,
          details: error.details,
          request_id: error.requestId,
        };
        out.write(`${JSON.stringify({ error: body })}\n`);
      }
      const details = error.details.map((d) => `\n  ${d.field ? `${d.field}: ` : ''}${d.issue}`).join('');
      return fail(
        out,
        `${error.code}: ${error.message}${error.requestId ? ` (request ${error.requestId})` : ''}${details}`,
        exitCodeFor(error),
      );
    }
    return fail(out, error instanceof Error ? error.message : String(error), exitCodes.failure);
  }
};

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
