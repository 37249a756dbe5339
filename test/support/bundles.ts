import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import tar from 'tar-stream';

/**
 * Builds plugin bundles for tests: zips (a small writer, so a test can also forge what no archiver
 * would write: lying sizes, unsafe paths, links) and .tar.gz archives, from fixture folders or
 * from files given inline.
 */

export interface BundleEntry {
  name: string;
  content?: Buffer | string;
  /** zip: store instead of deflate. */
  stored?: boolean;
  /** zip: the uncompressed size the headers claim (a lie when it differs). */
  declaredSize?: number;
  type?: 'file' | 'directory' | 'symlink';
}

const FIXTURES = join(__dirname, '..', 'fixtures', 'plugins');

/** Every file of `test/fixtures/plugins/<name>`, with paths relative to it. */
export const fixtureFiles = (name: string): BundleEntry[] => {
  const root = join(FIXTURES, name);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? walk(join(dir, entry)) : [join(dir, entry)]));
  return walk(root)
    .sort()
    .map((file) => ({ name: relative(root, file).split('\\').join('/'), content: readFileSync(file) }));
};

export const fixtureManifest = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(FIXTURES, name, 'plugin.json'), 'utf8'));

/** The fixture's files with plugin.json replaced by the manifest with `changes` applied (a field set to undefined is removed). */
export const withManifest = (files: BundleEntry[], changes: Record<string, unknown>): BundleEntry[] => {
  const manifestEntry = files.find((f) => f.name === 'plugin.json');
  const manifest = { ...JSON.parse(String(manifestEntry?.content ?? '{}')), ...changes };
  return [...files.filter((f) => f.name !== 'plugin.json'), { name: 'plugin.json', content: JSON.stringify(manifest, null, 2) }];
};

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

const S_IFREG = 0o100644;
const S_IFDIR = 0o040755;
const S_IFLNK = 0o120777;

export const zip = (entries: BundleEntry[]): Buffer => {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const isDir = entry.type === 'directory';
    const name = Buffer.from(isDir && !entry.name.endsWith('/') ? `${entry.name}/` : entry.name, 'utf8');
    const data = Buffer.from(entry.content ?? '');
    const stored = entry.stored || isDir || data.length === 0;
    const body = stored ? data : deflateRawSync(data);
    const crc = crc32(data);
    const size = entry.declaredSize ?? data.length;
    const common = [
      u16(20),
      u16(0x0800),
      u16(stored ? 0 : 8),
      u16(0),
      u16(0x21),
      u32(crc),
      u32(body.length),
      u32(size),
      u16(name.length),
      u16(0),
    ];
    const local = Buffer.concat([u32(0x04034b50), ...common, name, body]);
    const mode = entry.type === 'symlink' ? S_IFLNK : isDir ? S_IFDIR : S_IFREG;
    centrals.push(
      Buffer.concat([u32(0x02014b50), u16((3 << 8) | 20), ...common, u16(0), u16(0), u16(0), u32(mode << 16), u32(offset), name]),
    );
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(central.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, central, end]);
};

export const tarGz = async (entries: BundleEntry[]): Promise<Buffer> => {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const collected = (async () => {
    for await (const chunk of pack) chunks.push(chunk as Buffer);
  })();
  for (const entry of entries) {
    if (entry.type === 'symlink') pack.entry({ name: entry.name, type: 'symlink', linkname: String(entry.content ?? '') });
    else if (entry.type === 'directory') pack.entry({ name: entry.name, type: 'directory' });
    else pack.entry({ name: entry.name }, Buffer.from(entry.content ?? ''));
  }
  pack.finalize();
  await collected;
  return gzipSync(Buffer.concat(chunks));
};

/** The fixture plugin renamed (plugin names are global, so every test publishes its own), as a zip. */
export const fixtureZip = (fixture: string, changes: Record<string, unknown> = {}): Buffer =>
  zip(withManifest(fixtureFiles(fixture), changes));

/** A minimal valid bundle: a manifest with no documents, for plugins that only matter by name and requirements. */
export const minimalZip = (manifest: Record<string, unknown>): Buffer =>
  zip([{ name: 'plugin.json', content: JSON.stringify({ version: '1.0.0', description: 'A test plugin', ...manifest }) }]);
