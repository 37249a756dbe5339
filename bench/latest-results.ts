import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A figure measured alone (`npx tsx bench/<figure>.ts`) merged into bench/results/latest.json under
 * its own key, keeping what the last `npm run bench` wrote; a file not there yet starts with the run's date and Node.
 */
export const mergeIntoLatestResults = (key: string, figures: unknown): void => {
  const resultsDir = join(__dirname, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, 'latest.json');
  const report = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)
    : { measured_at: new Date().toISOString(), node: process.version };
  writeFileSync(file, `${JSON.stringify({ ...report, [key]: figures }, null, 2)}\n`);
};
