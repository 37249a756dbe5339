import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { ErrorDetail } from '../errors';
import { invalidBundle } from './invalid-bundle';
import { BUNDLE_LIMITS, type BundleLimits, MANIFEST_FILE } from './limits';

/**
 * Reads a plugin bundle (zip or .tar.gz, told apart by their magic bytes) without writing anything
 * to disk. Entries are inflated as streams and every limit is checked on the bytes actually seen,
 * so a header that lies about sizes or counts changes nothing. Paths that are absolute or climb out
 * with `..`, and links of any kind, are refused. Only `plugin.json` and markdown files are kept.
 */

export type BundleFormat = 'zip' | 'tar.gz';

export interface BundleFiles {
  format: BundleFormat;
  /** Entries seen, directories included. */
  entries: number;
  uncompressedBytes: number;
  /** Every file, relative to the bundle root (a single top-level folder holding plugin.json is the root). */
  paths: string[];
  /** plugin.json and markdown files, relative to the root (bytes: their encoding is checked where they are used). */
  texts: Map<string, Buffer>;
  /** Files that would have been kept but were not read whole: their size in bytes. */
  unread: Map<string, number>;
}

/** A problem found while reading: the whole read stops with it. */
class BundleProblem extends Error {
  constructor(readonly detail: ErrorDetail) {
    super(detail.issue);
  }
}

const problem = (issue: string, extra: Record<string, unknown> = {}) => new BundleProblem({ field: 'bundle', issue, ...extra });

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

export const detectFormat = (bytes: Buffer): BundleFormat | null => {
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC) || bytes.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) return 'zip';
  if (bytes.subarray(0, 2).equals(GZIP_MAGIC)) return 'tar.gz';
  return null;
};

const isKept = (path: string) => /(^|\/)plugin\.json$/.test(path) || /\.(md|markdown)$/i.test(path);
const IGNORED = /^(__MACOSX\/|\.DS_Store$)|\/\.DS_Store$/;
/** Whatever is kept, together: bounds memory whatever the bundle holds. */
const KEPT_TOTAL_BYTES = 1024 * 1024;

export const isUnsafePath = (path: string): boolean =>
  path.includes('\\') || path.includes('\0') || path.startsWith('/') || /^[a-zA-Z]:/.test(path) || path.split('/').includes('..');

/** Counts entries and inflated bytes against the limits and keeps the text files, whichever archive they come from. */
class Collector {
  entries = 0;
  inflated = 0;
  private keptBytes = 0;
  readonly files: { path: string; content: Buffer | null; size: number }[] = [];

  constructor(private readonly limits: BundleLimits) {}

  /** Every byte the decompressor produces, archive structure included. */
  count(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.uncompressedBytes) {
      throw problem(`the bundle inflates to more than ${this.limits.uncompressedBytes} bytes; bundles may not exceed that uncompressed`, {
        limit_bytes: this.limits.uncompressedBytes,
      });
    }
  }

  /** Answers the entry's path when it is a file to read, null for a directory or ignored entry. */
  enter(rawName: string, kind: 'file' | 'directory' | 'link' | 'other'): string | null {
    this.entries += 1;
    if (this.entries > this.limits.entries)
      throw problem(`the bundle holds more than ${this.limits.entries} entries`, { limit_entries: this.limits.entries });
    const name = rawName.replace(/^(\.\/)+/, '');
    if (isUnsafePath(name))
      throw problem(`entry "${rawName}" has an unsafe path; absolute paths and .. are not allowed`, { entry: rawName });
    if (kind === 'link') throw problem(`entry "${name}" is a link; bundles may hold only files and folders`, { entry: name });
    if (kind === 'other') throw problem(`entry "${name}" is not a regular file`, { entry: name });
    if (kind === 'directory' || name === '' || name.endsWith('/') || IGNORED.test(name)) return null;
    return name;
  }

  /** Reads one file's bytes to the end, counting them; `countsInflated`: the archive format does not count them elsewhere. */
  async read(path: string, stream: AsyncIterable<Buffer>, countsInflated: boolean): Promise<void> {
    const keep = isKept(path);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream) {
      size += chunk.length;
      if (countsInflated) this.count(chunk.length);
      if (keep && size <= this.limits.manifestBytes && this.keptBytes + size <= KEPT_TOTAL_BYTES) chunks.push(chunk);
    }
    const whole = keep && size <= this.limits.manifestBytes && this.keptBytes + size <= KEPT_TOTAL_BYTES;
    if (whole) this.keptBytes += size;
    this.files.push({ path, content: whole ? Buffer.concat(chunks) : null, size });
  }
}

const zipKind = (entry: Entry): 'file' | 'directory' | 'link' => {
  // Unix mode in the high 16 bits of the external attributes (zips made on Unix): S_IFLNK.
  if (((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000) return 'link';
  return entry.fileName.endsWith('/') ? 'directory' : 'file';
};

const zipProblem = (error: Error): BundleProblem => {
  if (error instanceof BundleProblem) return error;
  const path = /^(?:absolute path|invalid relative path|invalid characters in fileName): (.*)$/.exec(error.message);
  if (path) return problem(`entry "${path[1]}" has an unsafe path; absolute paths and .. are not allowed`, { entry: path[1] });
  if (/too many bytes|not enough bytes/.test(error.message))
    return problem('an entry inflates to a different size than its header declares');
  return problem(`the zip archive cannot be read: ${error.message}`);
};

const readZip = async (bytes: Buffer, collector: Collector): Promise<void> => {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch (error) {
    throw zipProblem(error as Error);
  }
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (error: Error) => reject(zipProblem(error)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        const next = async () => {
          const path = collector.enter(entry.fileName, zipKind(entry));
          if (path) await collector.read(path, await zip.openReadStreamPromise(entry), true);
        };
        next().then(
          () => zip.readEntry(),
          (error: Error) => reject(zipProblem(error)),
        );
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
};

const tarKind = (type: tar.Header['type'] | undefined): 'file' | 'directory' | 'link' | 'other' => {
  if (type === 'file' || type === 'contiguous-file' || type === undefined) return 'file';
  if (type === 'directory') return 'directory';
  if (type === 'link' || type === 'symlink') return 'link';
  return 'other';
};

const tarProblem = (error: Error): BundleProblem => {
  if (error instanceof BundleProblem) return error;
  if ((error as NodeJS.ErrnoException).code?.startsWith('Z_')) return problem(`the gzip stream cannot be read: ${error.message}`);
  return problem(`the tar archive cannot be read: ${error.message}`);
};

const readTarGz = async (bytes: Buffer, collector: Collector): Promise<void> => {
  const extract = tar.extract();
  // Counts what gunzip produces (tar headers and padding included) before the tar parser sees it.
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        collector.count(chunk.length);
        done(null, chunk);
      } catch (error) {
        done(error as Error);
      }
    },
  });
  const flowing = pipeline(Readable.from([bytes]), createGunzip(), counter, extract);
  // The loop below sees the same failure; this keeps the pipeline's own rejection from going unhandled.
  flowing.catch(() => undefined);
  try {
    for await (const entry of extract) {
      const path = collector.enter(entry.header.name, tarKind(entry.header.type));
      if (path) await collector.read(path, entry as AsyncIterable<Buffer>, false);
      else entry.resume();
    }
    await flowing;
  } catch (error) {
    extract.destroy();
    throw tarProblem(error as Error);
  }
};

/** The folder holding plugin.json: the root itself, or the one top-level folder everything sits in. */
const rootOf = (paths: string[]): string => {
  if (paths.includes(MANIFEST_FILE)) return '';
  const [only, ...others] = paths.filter((p) => /^[^/]+\/plugin\.json$/.test(p));
  const folder = only && others.length === 0 ? only.slice(0, -MANIFEST_FILE.length) : '';
  return folder && paths.every((p) => p.startsWith(folder)) ? folder : '';
};

export const readBundle = async (bytes: Buffer, limits: BundleLimits = BUNDLE_LIMITS): Promise<BundleFiles> => {
  if (bytes.length > limits.archiveBytes) {
    throw invalidBundle([
      {
        field: 'bundle',
        issue: `the bundle is ${bytes.length} bytes; at most ${limits.archiveBytes} are allowed`,
        limit_bytes: limits.archiveBytes,
      },
    ]);
  }
  const format = detectFormat(bytes);
  if (!format)
    throw invalidBundle([{ field: 'bundle', issue: 'the bundle is neither a zip archive nor a gzip-compressed tar archive (.tar.gz)' }]);
  const collector = new Collector(limits);
  try {
    await (format === 'zip' ? readZip(bytes, collector) : readTarGz(bytes, collector));
  } catch (error) {
    if (error instanceof BundleProblem) throw invalidBundle([error.detail]);
    throw error;
  }
  const root = rootOf(collector.files.map((f) => f.path));
  const relative = (path: string) => path.slice(root.length);
  return {
    format,
    entries: collector.entries,
    uncompressedBytes: collector.inflated,
    paths: collector.files.map((f) => relative(f.path)),
    texts: new Map(collector.files.flatMap((f) => (f.content ? [[relative(f.path), f.content] as const] : []))),
    unread: new Map(collector.files.filter((f) => !f.content && isKept(f.path)).map((f) => [relative(f.path), f.size])),
  };
};
