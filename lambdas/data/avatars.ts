import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { AvatarImage } from '../domain/agents/avatar';
import type { Agent } from '../domain/agents/model';
import { bucketName } from './bucket';
import { s3 } from './clients';

/**
 * Avatar objects in the files bucket, under the agent's own prefix of its workspace's prefix.
 * Named by their SHA-256, so a key never changes content: re-uploading the same image is a no-op
 * overwrite, and anything caching by key stays correct.
 */

/** Everything stored for one agent lives under this prefix (files, avatar), so deleting an agent can purge it. */
export const agentObjectPrefix = (agent: Pick<Agent, 'workspace_id' | 'id'>): string => `ws/${agent.workspace_id}/agents/${agent.id}/`;

export const avatarObjectKey = (agent: Pick<Agent, 'workspace_id' | 'id'>, image: Pick<AvatarImage, 'sha256' | 'type'>): string =>
  `${agentObjectPrefix(agent)}avatar/${image.sha256}.${image.type.extension}`;

export const storeAvatar = async (agent: Pick<Agent, 'workspace_id' | 'id'>, image: AvatarImage): Promise<string> => {
  const key = avatarObjectKey(agent, image);
  await s3().send(
    new PutObjectCommand({
      Bucket: bucketName,
      Key: key,
      Body: image.bytes,
      ContentType: image.type.contentType,
      CacheControl: 'private, max-age=31536000, immutable',
    }),
  );
  return key;
};

/** How long a presigned avatar link stays valid: long enough to load an image, short enough not to be worth sharing. */
export const AVATAR_LINK_SECONDS = 300;

/** A presigned GET of the stored avatar: signed locally, no call to S3; valid for AVATAR_LINK_SECONDS. */
export const avatarDownloadUrl = (objectKey: string): Promise<string> =>
  getSignedUrl(s3(), new GetObjectCommand({ Bucket: bucketName, Key: objectKey }), { expiresIn: AVATAR_LINK_SECONDS });
