import { AVATAR_MAX_BYTES, decodeAvatar, detectImageType, isAvatarBase64 } from '../../../../lambdas/domain/agents/avatar';
import { InvalidInput, PayloadTooLarge } from '../../../../lambdas/domain/errors';
import { pngOfSize, tinyImages } from '../../../support/images';

const bytes = (base64: string) => Buffer.from(base64, 'base64');

describe('detecting an avatar image by its magic bytes', () => {
  it.each([
    ['png', 'image/png'],
    ['jpg', 'image/jpeg'],
    ['gif', 'image/gif'],
    ['webp', 'image/webp'],
  ] as const)('recognises a real %s as %s', (extension, contentType) => {
    expect(detectImageType(bytes(tinyImages[extension]))).toEqual({ extension, contentType });
  });

  it('recognises both GIF versions', () => {
    expect(detectImageType(Buffer.from('GIF87a\x01\x00\x01\x00', 'latin1'))?.extension).toBe('gif');
  });

  it.each([
    ['a text file', Buffer.from('hello, this is not an image\n')],
    ['an empty file', Buffer.alloc(0)],
    ['a PNG signature cut short', bytes(tinyImages.png).subarray(0, 7)],
    ['a RIFF file that is not WebP (WAV)', Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1')],
    ['a PDF', Buffer.from('%PDF-1.7\n')],
    ['an SVG, which could carry script', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
  ])('refuses %s', (_, file) => {
    expect(detectImageType(file)).toBeNull();
  });
});

describe('decoding an avatar upload', () => {
  it('answers the bytes, their type and their SHA-256', () => {
    const image = decodeAvatar(tinyImages.gif);
    expect(image.bytes).toEqual(bytes(tinyImages.gif));
    expect(image.type.contentType).toBe('image/gif');
    expect(image.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a data URL and wrapped lines, whatever media type the data URL claims', () => {
    const wrapped = `data:image/jpeg;base64,${tinyImages.png.replace(/(.{20})/g, '$1\n')}`;
    expect(isAvatarBase64(wrapped)).toBe(true);
    expect(decodeAvatar(wrapped).type.extension).toBe('png');
  });

  it('refuses anything that is not base64 before decoding', () => {
    expect(isAvatarBase64('not base64!')).toBe(false);
    expect(isAvatarBase64('ab==cd')).toBe(false);
  });

  it('refuses a text file with INVALID_INPUT naming avatar_base64', () => {
    const attempt = () => decodeAvatar(Buffer.from('plain text').toString('base64'));
    expect(attempt).toThrow(InvalidInput);
    expect(attempt).toThrow(expect.objectContaining({ details: [expect.objectContaining({ field: 'avatar_base64' })] }));
  });

  it('takes exactly 2 MiB and refuses one byte more with PAYLOAD_TOO_LARGE', () => {
    expect(decodeAvatar(pngOfSize(AVATAR_MAX_BYTES).toString('base64')).bytes.length).toBe(AVATAR_MAX_BYTES);
    const attempt = () => decodeAvatar(pngOfSize(AVATAR_MAX_BYTES + 1).toString('base64'));
    expect(attempt).toThrow(PayloadTooLarge);
    expect(attempt).toThrow(
      expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE', details: [expect.objectContaining({ field: 'avatar_base64' })] }),
    );
  });
});

describe('checking an avatar body before decoding', () => {
  const withinOneSecond = (check: () => unknown) => {
    const started = performance.now();
    check();
    expect(performance.now() - started).toBeLessThan(1000);
  };

  it('answers a 2.7 MB body of spaces ending in a stray character quickly (the quadratic-backtracking attack)', () => {
    withinOneSecond(() => expect(isAvatarBase64(`${' '.repeat(2_700_000)}!`)).toBe(false));
  });

  it('answers 1 MB of padding followed by data quickly and refuses it', () => {
    withinOneSecond(() => expect(isAvatarBase64(`${'='.repeat(1_000_000)}a`)).toBe(false));
  });

  it('answers a 1 MB data-URL prefix that never says base64 quickly', () => {
    withinOneSecond(() => expect(isAvatarBase64(`data:${';a'.repeat(500_000)}!`)).toBe(false));
  });

  it('sizes 1 MB of trailing padding quickly when decoding', () => {
    withinOneSecond(() => expect(() => decodeAvatar(`iVBO${'='.repeat(1_000_000)}`)).toThrow());
  });
});
