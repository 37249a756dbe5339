import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Command, UsageError } from './command';
import { paint, printJson, progressBar } from './output';
import { zipFolder } from '../node/zip';

/** plugins publish <dir>: zips the folder, uploads it and registers it as the plugin's next version. */

const manifestOf = (dir: string): { name: string; description: string } => {
  try {
    return JSON.parse(readFileSync(join(dir, 'plugin.json'), 'utf8')) as { name: string; description: string };
  } catch {
    throw new UsageError(`${dir} has no readable plugin.json`);
  }
};

export const pluginCommands: Record<string, Command> = {
  'plugins publish': {
    usage: 'plugins publish <dir> [--json]\n  Zips the folder (its plugin.json names the plugin), uploads it and registers the version.',
    arity: 1,
    run: async ({ args, out, client }) => {
      const dir = args[0] as string;
      const manifest = manifestOf(dir);
      const bundle = zipFolder(dir);
      if (!out.json) out.write(`${progressBar(0)} zipped ${bundle.length} bytes\n`);
      const version = await client().plugins.publish(bundle, { name: manifest.name, description: manifest.description });
      if (out.json) printJson(out, version);
      else out.write(`${progressBar(100)} uploaded\n${paint(out, 'green', 'Published')} ${manifest.name} ${version.version}\n`);
      return 0;
    },
  },
};
