import { storeAvatar } from '../../data/avatars';
import { type AvatarImage, type AvatarSource, decodeAvatar } from '../../domain/agents/avatar';
import type { Agent } from '../../domain/agents/model';

/**
 * An avatar sent with an agent's create or update (`avatar`, or `avatar_base64` + `avatar_filename`):
 * decoded and checked before anything is read or written, with the upload route's rules (magic bytes,
 * 2 MiB). The image is stored first, then the agent's write names it, as the upload route does.
 */

export type CheckedAvatar = { image: AvatarImage } | { url: string } | null;

export const checkAvatar = (source: AvatarSource | undefined): CheckedAvatar | undefined =>
  source && 'base64' in source ? { image: decodeAvatar(source.base64) } : source;

/**
 * What the agent's `avatar_url` becomes: the stored image's object key, the https URL as sent, or null
 * (none). `owner` is read only for an image, which is stored under the agent's prefix.
 */
export const avatarUrlFor = async (
  avatar: CheckedAvatar,
  owner: () => Promise<Pick<Agent, 'workspace_id' | 'id'>>,
): Promise<string | null> => (avatar === null ? null : 'url' in avatar ? avatar.url : storeAvatar(await owner(), avatar.image));

/** A URL avatar is kept as sent; an uploaded one as its object key in the files bucket. */
export const isExternalAvatar = (avatarUrl: string): boolean => avatarUrl.startsWith('https://');
