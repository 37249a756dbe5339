import { gzipSync } from 'node:zlib';
import { readBundle } from '../../../../lambdas/domain/plugins/bundle-reader';
import { BUNDLE_LIMITS, type BundleLimits } from '../../../../lambdas/domain/plugins/limits';
import { validateRelease } from '../../../../lambdas/domain/plugins/release';
import { type BundleEntry, fixtureFiles, tarGz, withManifest, zip } from '../../../support/bundles';

/** Reading and validating plugin bundles: every way a bundle can be wrong answers 422 INVALID_BUNDLE naming the problem. */

const release = async (bytes: Buffer, name = 'web-research', limits: BundleLimits = BUNDLE_LIMITS) =>
  validateRelease(await readBundle(bytes, limits), name, limits);

const problemsOf = async (bytes: Buffer | Promise<Buffer>, name = 'web-research', limits: BundleLimits = BUNDLE_LIMITS) => {
  try {
    await release(await bytes, name, limits);
  } catch (error) {
    expect(error).toMatchObject({ code: 'INVALID_BUNDLE' });
    return (error as { details: { field: string; issue: string }[] }).details;
  }
  throw new Error('the bundle was accepted');
};

const fixture = () => fixtureFiles('web-research');
const withChanges = (changes: Record<string, unknown>) => zip(withManifest(fixture(), changes));
const tool = (changes: Record<string, unknown>) => ({
  tools: [{ name: 't', description: 'A tool', input_schema: { type: 'object' }, risk: 'read', ...changes }],
});

describe('a valid bundle', () => {
  it('yields the manifest and the text of every skill and command document, from a zip', async () => {
    const { manifest, docs } = await release(zip(fixture()));
    expect(manifest).toMatchObject({ name: 'web-research', version: '1.0.0', requires: [], requires_credentials: ['SEARCH_API_KEY'] });
    expect(manifest.tools.map((t) => [t.name, t.risk])).toEqual([
      ['web_search', 'read'],
      ['save_note', 'create'],
    ]);
    expect(Object.keys(docs.skills)).toEqual(['summarize', 'cite-sources']);
    expect(docs.commands.research).toContain('# /research <question>');
  });

  it('reads the same bundle as a .tar.gz', async () => {
    expect(await release(await tarGz(fixture()))).toEqual(await release(zip(fixture())));
  });

  it('accepts a bundle whose files all sit in one top-level folder, and ./ prefixes', async () => {
    const nested = fixture().map((f) => ({ ...f, name: `web-research/${f.name}` }));
    expect((await release(zip(nested))).manifest.name).toBe('web-research');
    expect((await release(await tarGz(fixture().map((f) => ({ ...f, name: `./${f.name}` }))))).manifest.name).toBe('web-research');
  });

  it('counts what it read', async () => {
    const files = await readBundle(zip(fixture()));
    expect(files).toMatchObject({
      format: 'zip',
      entries: 5,
      paths: expect.arrayContaining(['plugin.json', 'README.md', 'skills/summarize.md']),
    });
    expect(files.uncompressedBytes).toBe(fixture().reduce((sum, f) => sum + Buffer.byteLength(f.content as Buffer), 0));
  });

  it('accepts a 2020-12 input schema, an HTTPS endpoint and a Lambda ARN endpoint', async () => {
    const tools = [
      {
        name: 'a',
        description: 'A',
        input_schema: {
          $schema: 'https://json-schema.org/draft/2020-12/schema',
          type: 'object',
          $defs: { id: { type: 'string' } },
          properties: { id: { $ref: '#/$defs/id' } },
        },
        risk: 'analyze',
      },
      {
        name: 'b',
        description: 'B',
        input_schema: { type: 'object' },
        risk: 'high',
        endpoint: 'arn:aws:lambda:eu-west-1:123456789012:function:my-tool',
      },
    ];
    expect((await release(withChanges({ tools }))).manifest.tools).toHaveLength(2);
  });
});

describe('an invalid bundle', () => {
  it('without plugin.json is refused', async () => {
    expect(await problemsOf(zip(fixture().filter((f) => f.name !== 'plugin.json')))).toEqual([
      { field: 'plugin.json', issue: expect.stringContaining('plugin.json is missing') },
    ]);
  });

  it('with a plugin.json that is not JSON is refused', async () => {
    expect(await problemsOf(zip([{ name: 'plugin.json', content: '{ "name": ' }]))).toEqual([
      { field: 'plugin.json', issue: expect.stringContaining('not valid JSON') },
    ]);
  });

  it.each([['1.0'], ['v1.0.0'], ['latest'], ['1.0.0.0']])('with version %s (not semver) is refused', async (version) => {
    expect(await problemsOf(withChanges({ version }))).toEqual([
      { field: 'plugin.json:version', issue: expect.stringContaining('semantic version') },
    ]);
  });

  it.each([
    ['a property of a type that does not exist', { type: 'object', properties: { q: { type: 'strng' } } }, 'not a valid JSON Schema'],
    ['a required list that is not a list', { type: 'object', required: 'q' }, 'not a valid JSON Schema'],
    ['a reference to nothing', { type: 'object', properties: { q: { $ref: '#/definitions/missing' } } }, 'not a valid JSON Schema'],
    ['a top level that is not an object', { type: 'string' }, '"type": "object"'],
  ])('with a tool input schema holding %s is refused', async (_, inputSchema, issue) => {
    expect(await problemsOf(withChanges(tool({ input_schema: inputSchema })))).toEqual([
      { field: 'plugin.json:tools[0].input_schema', issue: expect.stringContaining(issue) },
    ]);
  });

  it.each([
    ['an unknown risk', { risk: 'low' }, 'plugin.json:tools[0].risk'],
    ['a plain-HTTP endpoint', { endpoint: 'http://tools.example.com/x' }, 'plugin.json:tools[0].endpoint'],
    ['a name with spaces', { name: 'my tool' }, 'plugin.json:tools[0].name'],
    ['an unknown field', { timeout: 3 }, 'plugin.json:tools[0]'],
  ])('with a tool with %s is refused', async (_, changes, field) => {
    expect((await problemsOf(withChanges(tool(changes)))).map((p) => p.field)).toEqual([field]);
  });

  it('naming documents that are not in the bundle is refused, each one reported', async () => {
    const files = fixture().filter((f) => !f.name.startsWith('skills/'));
    expect(await problemsOf(zip(files))).toEqual([
      { field: 'plugin.json:skills[0].file', issue: '"skills/summarize.md" is not in the bundle' },
      { field: 'plugin.json:skills[1].file', issue: '"skills/cite-sources.md" is not in the bundle' },
    ]);
  });

  it('with a document over 32 KiB is refused', async () => {
    const files = fixture().map((f) => (f.name === 'skills/summarize.md' ? { ...f, content: 'x'.repeat(BUNDLE_LIMITS.docBytes + 1) } : f));
    expect(await problemsOf(zip(files))).toEqual([{ field: 'plugin.json:skills[0].file', issue: expect.stringContaining('larger than') }]);
  });

  it.each([
    ['a requirement on itself', { requires: [{ name: 'web-research', version: '^1.0.0' }] }, 'plugin.json:requires'],
    [
      'a requirement with a range that is not semver',
      { requires: [{ name: 'other', version: 'newest' }] },
      'plugin.json:requires[0].version',
    ],
    ['a credential name in lower case', { requires_credentials: ['api_key'] }, 'plugin.json:requires_credentials[0]'],
    [
      'a skill that names a file that is not markdown',
      { skills: [{ name: 's', description: 'S', file: 'skills/s.txt' }] },
      'plugin.json:skills[0].file',
    ],
    ['two tools with the same name', { tools: [...tool({}).tools, ...tool({}).tools] }, 'plugin.json:tools[1].name'],
    ['an unknown top-level field', { toools: [] }, 'plugin.json:'],
  ])('with %s is refused', async (_, changes, field) => {
    expect((await problemsOf(withChanges(changes))).map((p) => p.field)).toEqual([field]);
  });

  it('whose manifest names another plugin is refused', async () => {
    expect(await problemsOf(zip(fixture()), 'someone-else')).toEqual([
      { field: 'plugin.json:name', issue: expect.stringContaining('"someone-else"') },
    ]);
  });
});

describe('unsafe and hostile archives', () => {
  const bundleProblem = async (bytes: Buffer | Promise<Buffer>, limits: BundleLimits = BUNDLE_LIMITS) => {
    const [problem, ...rest] = await problemsOf(bytes, 'web-research', limits);
    expect(rest).toEqual([]);
    expect(problem?.field).toBe('bundle');
    return problem?.issue ?? '';
  };

  it.each([
    ['a zip', (entries: BundleEntry[]) => Promise.resolve(zip(entries))],
    ['a .tar.gz', tarGz],
  ])('%s with an entry climbing out with .. is refused', async (_, build) => {
    expect(await bundleProblem(build([...fixture(), { name: 'skills/../../escape.md', content: 'x' }]))).toMatch(/unsafe path/);
  });

  it.each([
    ['a zip', (entries: BundleEntry[]) => Promise.resolve(zip(entries))],
    ['a .tar.gz', tarGz],
  ])('%s with an absolute path is refused', async (_, build) => {
    expect(await bundleProblem(build([...fixture(), { name: '/etc/cron.d/job', content: 'x' }]))).toMatch(/unsafe path/);
  });

  it('a zip with a backslash path is refused', async () => {
    expect(await bundleProblem(zip([...fixture(), { name: '..\\..\\escape.md', content: 'x' }]))).toMatch(/unsafe path/);
  });

  it.each([
    ['a zip', (entries: BundleEntry[]) => Promise.resolve(zip(entries))],
    ['a .tar.gz', tarGz],
  ])('%s with a symbolic link is refused', async (_, build) => {
    expect(await bundleProblem(build([...fixture(), { name: 'skills/link.md', content: '/etc/passwd', type: 'symlink' }]))).toMatch(
      /is a link/,
    );
  });

  it('a zip bomb (a small archive inflating past 50 MiB) is refused while inflating', async () => {
    const bomb = zip([...fixture(), { name: 'zeros.bin', content: Buffer.alloc(BUNDLE_LIMITS.uncompressedBytes + 1) }]);
    expect(bomb.length).toBeLessThan(BUNDLE_LIMITS.archiveBytes);
    expect(await bundleProblem(bomb)).toMatch(/inflates to more than 52428800 bytes/);
  });

  it('a zip whose headers understate an entry size is refused, whatever the headers say', async () => {
    const liar = zip([...fixture(), { name: 'small.bin', content: Buffer.alloc(64 * 1024), declaredSize: 10 }]);
    expect(await bundleProblem(liar)).toMatch(/different size than its header declares/);
  });

  it('a .tar.gz bomb is refused on the bytes gunzip produces', async () => {
    const bomb = await tarGz([...fixture(), { name: 'zeros.bin', content: Buffer.alloc(2 * 1024 * 1024) }]);
    expect(await bundleProblem(bomb, { ...BUNDLE_LIMITS, uncompressedBytes: 1024 * 1024 })).toMatch(/inflates to more than 1048576 bytes/);
  });

  it.each([
    ['a zip', (entries: BundleEntry[]) => Promise.resolve(zip(entries))],
    ['a .tar.gz', tarGz],
  ])('%s with more entries than allowed is refused', async (_, build) => {
    const many = [...fixture(), ...Array.from({ length: 10 }, (__, i) => ({ name: `extra/${i}.txt`, content: 'x' }))];
    expect(await bundleProblem(build(many), { ...BUNDLE_LIMITS, entries: 8 })).toMatch(/more than 8 entries/);
  });

  it('an archive over 10 MiB is refused before it is read', async () => {
    const big = Buffer.concat([zip(fixture()), Buffer.alloc(BUNDLE_LIMITS.archiveBytes)]);
    expect(await bundleProblem(big)).toMatch(/at most 10485760 are allowed/);
  });

  it.each([
    ['plain text', Buffer.from('just a text file\n')],
    ['a PNG image', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')],
    ['an empty file', Buffer.alloc(0)],
  ])('%s is refused as neither zip nor .tar.gz', async (_, bytes) => {
    expect(await bundleProblem(bytes)).toMatch(/neither a zip archive nor/);
  });

  it('a gzip file that is not a tar archive is refused', async () => {
    expect(await bundleProblem(gzipSync(Buffer.from('{"name": "not a tarball"}'.repeat(40))))).toMatch(/tar archive cannot be read/);
  });

  it('a truncated zip is refused', async () => {
    const whole = zip(fixture());
    expect(await bundleProblem(whole.subarray(0, whole.length - 30))).toMatch(/zip archive cannot be read/);
  });
});
