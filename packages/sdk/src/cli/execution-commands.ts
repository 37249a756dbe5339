import { sleep } from '../retry';
import type { Execution, LogEntry } from '../types';
import type { Command, Context } from './command';
import { exitCodes } from './exit-codes';
import { type Output, paint, printJson, progressLine } from './output';

/** agents run, executions watch|approve|reject, logs. */

type Step = Execution['steps'][number];

const describeStep = (step: Step): string => {
  if (step.type === 'model') return `model: ${step.text.replace(/\s+/g, ' ').slice(0, 100)}`;
  if (step.type === 'tool') return `tool ${step.tool} (${step.risk}): ${step.output.replace(/\s+/g, ' ').slice(0, 80)}`;
  return `approval of ${step.tool}: ${step.decision}`;
};

/** Prints each new step as it happens and keeps one progress line (redrawn in place on a terminal). */
const progressPrinter = (out: Output) => {
  let printed = 0;
  const line = progressLine(out);
  return (execution: Execution) => {
    if (out.json) return;
    line.clear();
    for (const step of execution.steps.slice(printed)) out.write(`${paint(out, 'cyan', `  ${step.index + 1}.`)} ${describeStep(step)}\n`);
    printed = Math.max(printed, execution.steps.length);
    line.draw(execution.progress, execution.status);
  };
};

const finish = (out: Output, execution: Execution): number => {
  if (out.tty) out.write('\n');
  if (out.json) printJson(out, execution);
  else if (execution.status === 'completed') out.write(`${paint(out, 'green', 'completed')}\n${execution.result?.summary ?? ''}\n`);
  else if (execution.status === 'awaiting_approval') {
    out.write(`${paint(out, 'yellow', 'awaiting approval')}: agent-platform executions approve ${execution.agent_id} ${execution.id}\n`);
  } else
    out.write(`${paint(out, 'red', execution.status)}${execution.error ? `: ${execution.error.code} ${execution.error.message}` : ''}\n`);
  return execution.status === 'completed' ? exitCodes.ok : exitCodes.executionNotCompleted;
};

const decision = (action: 'approve' | 'reject'): Command => ({
  usage: `executions ${action} <agent> <execution>${action === 'reject' ? ' [--comment <why>]' : ''} [--json]`,
  arity: 2,
  run: async ({ args, flags, out, client }) => {
    const [agent, id] = args as [string, string];
    const executions = client().executions;
    const execution =
      action === 'approve' ? await executions.approve(agent, id) : await executions.reject(agent, id, { comment: flags.comment });
    if (out.json) printJson(out, execution);
    else out.write(`${action === 'approve' ? 'Approved' : 'Rejected'} ${id}: ${execution.status}\n`);
    return 0;
  },
});

const logLine = (out: Output, entry: LogEntry) =>
  out.json
    ? out.write(`${JSON.stringify(entry)}\n`)
    : out.write(`${paint(out, 'dim', entry.at)} ${entry.level.padEnd(5)} ${entry.event}  ${entry.message}\n`);

export const executionCommands: Record<string, Command> = {
  'agents run': {
    usage:
      'agents run <agent> "<task>" [--async] [--follow] [--json]\n' +
      '  Runs the task, showing progress and steps, then the result.\n' +
      '  --async prints the execution id at once; add --follow to watch it anyway.',
    arity: 2,
    run: async ({ args, flags, out, client }) => {
      const [agent, task] = args as [string, string];
      const sdk = client();
      const started = await sdk.agents.execute(agent, { task, mode: 'async' });
      if (flags.async && !flags.follow) {
        if (out.json) printJson(out, started);
        else out.write(`${started.id}\n`);
        return 0;
      }
      if (!out.json) out.write(`${paint(out, 'bold', started.id)} ${task}\n`);
      return finish(out, await sdk.executions.wait(agent, started, { onProgress: progressPrinter(out) }));
    },
  },
  'executions watch': {
    usage: 'executions watch <agent> <execution> [--json]\n  Shows progress and steps until the execution ends or waits for approval.',
    arity: 2,
    run: async ({ args, out, client }) => {
      const [agent, id] = args as [string, string];
      return finish(out, await client().executions.wait(agent, id, { onProgress: progressPrinter(out) }));
    },
  },
  'executions approve': decision('approve'),
  'executions reject': decision('reject'),
  logs: {
    usage: "logs <agent> [--tail <n>] [--follow] [--json]\n  The agent's activity log; --follow keeps printing new entries until Ctrl-C.",
    arity: 1,
    run: async ({ args, flags, out, client }: Context) => {
      const agent = args[0] as string;
      const seen = new Set<string>();
      const key = (e: LogEntry) => `${e.at}|${e.event}|${e.message}`;
      for (;;) {
        const logs = await client().agents.logs(agent, flags.tail ? { tail: Number(flags.tail) } : {});
        for (const entry of [...logs].sort((a, b) => a.at.localeCompare(b.at))) {
          if (!seen.has(key(entry))) logLine(out, entry);
          seen.add(key(entry));
        }
        if (!flags.follow) return 0;
        await sleep(2_000);
      }
    },
  },
};
