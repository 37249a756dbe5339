import { bundleUploadKey, readUploadedBundle } from '../../data/plugins-bundles';
import { readBundle } from '../../domain/plugins/bundle-reader';
import { invalidBundle } from '../../domain/plugins/invalid-bundle';
import { BUNDLE_LIMITS } from '../../domain/plugins/limits';
import type { Plugin, PluginVersion } from '../../domain/plugins/model';
import { validateRelease } from '../../domain/plugins/release';
import { unregisteredToolFunctions } from '../../domain/plugins/tool-functions';
import { assertNewerVersion } from '../../domain/plugins/versions';
import { NotFound } from '../../domain/errors';
import { toolFunctionRegistry } from '../../shared/tool-function-registry';

/**
 * Reading an uploaded release, the primary course:
 * 1. read the uploaded bundle back from S3 (404 when nothing was uploaded, 422 when it is over the limit);
 * 2. read the archive and validate the release (domain/plugins), saying everything wrong with it at once;
 * 3. its tool functions must be registered and its version newer than the latest;
 * the result is the plugin's next version, for the caller to register.
 */
export const uploadedRelease = async (plugin: Plugin, uploadId: string, publishedBy: string): Promise<PluginVersion> => {
  const key = bundleUploadKey(plugin.id, uploadId);
  const upload = await readUploadedBundle(key, BUNDLE_LIMITS.archiveBytes);
  if (upload.kind === 'missing') {
    throw new NotFound(
      `nothing was uploaded for upload ${uploadId} of plugin ${plugin.name}; PUT the bundle to its upload URL first`,
      'upload',
    );
  }
  if (upload.kind === 'too_large') {
    throw invalidBundle([
      { field: 'bundle', issue: `the bundle is over ${BUNDLE_LIMITS.archiveBytes} bytes`, limit_bytes: BUNDLE_LIMITS.archiveBytes },
    ]);
  }
  const files = await readBundle(upload.bytes);
  const { manifest, docs } = validateRelease(files, plugin.name);
  const unregistered = unregisteredToolFunctions(manifest, toolFunctionRegistry);
  if (unregistered.length > 0) throw invalidBundle(unregistered);
  assertNewerVersion(manifest.version, plugin.latest_version);
  return {
    plugin_id: plugin.id,
    version: manifest.version,
    manifest,
    docs,
    bundle: {
      key,
      format: files.format,
      bytes: upload.bytes.length,
      sha256: upload.sha256,
      entries: files.entries,
      uncompressed_bytes: files.uncompressedBytes,
    },
    published_by: publishedBy,
    created_at: new Date().toISOString(),
  };
};
