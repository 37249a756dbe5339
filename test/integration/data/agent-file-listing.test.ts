import { PutObjectCommand } from '@aws-sdk/client-s3';
import { readListing } from '../../../lambdas/data/agent-file-listing';
import { agentFileKey, agentFilesPrefix } from '../../../lambdas/data/agent-file-objects';
import { bucketName } from '../../../lambdas/data/bucket';
import { s3 } from '../../../lambdas/data/clients';
import { newId } from '../../../lambdas/domain/ids';

/** lambdas/data/agent-file-listing.ts against the S3 stand-in: a page read from where the last one ended. */

describe('reading a file listing', () => {
  it('reads a listing across S3 calls, each folder once, from where the previous page ended', async () => {
    const agent = { workspace_id: newId('ws'), id: newId('agent') };
    const paths = ['a/x.txt', 'a/y.txt', 'b.txt', 'c.txt', 'd/x.txt', 'e.txt', 'f.txt', 'g/x.txt', 'g/y.txt', 'h.txt'];
    await Promise.all(paths.map((p) => s3().send(new PutObjectCommand({ Bucket: bucketName, Key: agentFileKey(agent, p), Body: 'x' }))));
    const base = agentFilesPrefix(agent);
    const read = (recursive: boolean, after?: string) =>
      readListing({ prefix: base, recursive, base, shownAs: '', after, wanted: 100, keysPerCall: 2 });
    const pathsOf = async (listing: ReturnType<typeof read>) => (await listing).entries.map((e) => e.path);
    expect(await pathsOf(read(false))).toEqual(['a/', 'b.txt', 'c.txt', 'd/', 'e.txt', 'f.txt', 'g/', 'h.txt']);
    expect(await pathsOf(read(true))).toEqual(paths);
    expect(await pathsOf(read(false, 'd/'))).toEqual(['e.txt', 'f.txt', 'g/', 'h.txt']);
    expect(await pathsOf(read(true, 'd/x.txt'))).toEqual(['e.txt', 'f.txt', 'g/x.txt', 'g/y.txt', 'h.txt']);
  });

  it('reads no more keys than the page needs, and stops at the end of the listing', async () => {
    const agent = { workspace_id: newId('ws'), id: newId('agent') };
    const paths = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
    await Promise.all(paths.map((p) => s3().send(new PutObjectCommand({ Bucket: bucketName, Key: agentFileKey(agent, p), Body: 'x' }))));
    const base = agentFilesPrefix(agent);
    const first = await readListing({ prefix: base, recursive: true, base, shownAs: '', wanted: 3 });
    expect({ paths: first.entries.map((e) => e.path), exhausted: first.exhausted }).toEqual({
      paths: ['a.txt', 'b.txt', 'c.txt', 'd.txt'],
      exhausted: false,
    });
    const rest = await readListing({ prefix: base, recursive: true, base, shownAs: '', after: 'c.txt', wanted: 3 });
    expect({ paths: rest.entries.map((e) => e.path), exhausted: rest.exhausted }).toEqual({ paths: ['d.txt', 'e.txt'], exhausted: true });
  });
});
