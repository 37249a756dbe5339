import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Command, UsageError } from './command';
import { type Output, paint, printJson, progressLine } from './output';

/** plugins publish <dir>: zips the folder, uploads it (with a progress bar) and registers it as the plugin's next version. */

const manifestOf = (dir: string): { name: string; description: string } => {
  try {
    return JSON.parse(readFileSync(join(dir, 'plugin.json'), 'utf8')) as { name: string; description: string };
  } catch {
    throw new UsageError(`${dir} has no readable plugin.json`);
  }
};

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The upload's bar: redrawn as the bytes go on a terminal (each whole percent once); elsewhere one line when done. */
const uploadBar = (out: Output) => {
  const line = progressLine(out);
  let drawn = -1;
  return (sent: number, total: number): void => {
    const percent = total === 0 ? 100 : Math.floor((sent / total) * 100);
    if (out.json || percent === drawn || (!out.tty && sent < total)) return;
    drawn = percent;
    line.draw(percent, `uploading ${kib(sent)} of ${kib(total)}`);
  };
};

export const pluginCommands: Record<string, Command> = {
  'plugins publish': {
    usage: 'plugins publish <dir> [--json]\n  Zips the folder (its plugin.json names the plugin), uploads it and registers the version.',
    arity: 1,
    run: async ({ args, out, client }) => {
      const dir = args[0] as string;
      const manifest = manifestOf(dir);
      const version = await client().plugins.publish(dir, {
        name: manifest.name,
        description: manifest.description,
        onUploadProgress: uploadBar(out),
      });
      if (out.tty && !out.json) out.write('\n');
      if (out.json) printJson(out, version);
      else out.write(`${paint(out, 'green', 'Published')} ${manifest.name} ${version.version}\n`);
      return 0;
    },
  },
};
