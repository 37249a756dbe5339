/** Real, minimal 1×1 images (each opens in an image viewer), base64-encoded, for avatar tests. */
export const tinyImages = {
  png: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  jpg:
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////' +
    'wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  gif: 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
  webp: 'UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==',
} as const;

/** A PNG of exactly `bytes` bytes: the real signature and header, then filler (the type check reads only the start). */
export const pngOfSize = (bytes: number): Buffer => {
  const image = Buffer.alloc(bytes, 0);
  Buffer.from(tinyImages.png, 'base64').copy(image, 0, 0, Math.min(bytes, 33));
  return image;
};
