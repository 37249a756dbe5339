import { ulid } from 'ulid';
import { bundleUploadKey, presignBundleUpload } from '../../data/plugins-bundles';
import { BUNDLE_LIMITS, UPLOAD_URL_SECONDS } from '../../domain/plugins/limits';

/** A presigned PUT for one bundle of the plugin, for exactly `size` bytes, valid for UPLOAD_URL_SECONDS. */
export const issueUpload = async (pluginId: string, size: number) => {
  const uploadId = ulid();
  const url = await presignBundleUpload(bundleUploadKey(pluginId, uploadId), size, UPLOAD_URL_SECONDS);
  return {
    upload_id: uploadId,
    url,
    method: 'PUT' as const,
    headers: { 'Content-Length': String(size) },
    max_bytes: BUNDLE_LIMITS.archiveBytes,
    expires_at: new Date(Date.now() + UPLOAD_URL_SECONDS * 1000).toISOString(),
  };
};
