import { ConflictError } from '../errors';
import { pathOf } from '../paths';
import { newIdempotencyKey, type Transport } from '../transport';
import type { DataOf } from '../types';

/** Plugins: publishing a bundle is three calls (an upload URL, the upload, the registration), made one. */

export interface PublishOptions {
  /** The manifest's name; created on first publish, a new version after. */
  name: string;
  /** Used when the plugin is created. */
  description: string;
  /** Bytes of the bundle sent so far: as they go with the Node entry; elsewhere (fetch cannot tell) once, at the end. */
  onUploadProgress?: (sent: number, total: number) => void;
}

type Upload = DataOf<'pluginsCreate'>['upload'];

/** What only some runtimes can do (node.ts): zip a directory, and upload reporting progress as the bytes go. */
export interface PluginPlatform {
  zipDirectory?: (dir: string) => Uint8Array;
  upload?: (
    url: string,
    body: Uint8Array,
    headers: Record<string, string>,
    onProgress?: (sent: number, total: number) => void,
  ) => Promise<void>;
}

export class Plugins {
  constructor(
    private readonly transport: Transport,
    private readonly platform: PluginPlatform = {},
  ) {}

  /**
   * Uploads a zip or .tar.gz bundle — its bytes, or in Node a directory's path (zipped first) — and
   * registers it as the plugin's next version.
   */
  async publish(bundle: Uint8Array | string, options: PublishOptions): Promise<DataOf<'pluginsVersionsRegister'>['version']> {
    const bytes = typeof bundle === 'string' ? this.zipped(bundle) : bundle;
    const upload = await this.uploadUrl(bytes.byteLength, options);
    await this.upload(upload, bytes, options.onUploadProgress);
    const path = pathOf`/api/plugins/${options.name}/versions`;
    const request = { method: 'POST' as const, path, body: { upload_id: upload.upload_id }, idempotencyKey: newIdempotencyKey() };
    return (await this.transport.request<DataOf<'pluginsVersionsRegister'>>(request)).data.version;
  }

  private async upload(upload: Upload, bytes: Uint8Array, onProgress: PublishOptions['onUploadProgress']): Promise<void> {
    if (this.platform.upload) return this.platform.upload(upload.url, bytes, upload.headers, onProgress);
    await this.transport.upload(upload.url, bytes, upload.headers);
    onProgress?.(bytes.byteLength, bytes.byteLength);
  }

  private zipped(dir: string): Uint8Array {
    if (!this.platform.zipDirectory)
      throw new TypeError(
        `publishing the directory ${dir} needs Node (the package's Node entry zips it); elsewhere pass the bundle's bytes`,
      );
    return this.platform.zipDirectory(dir);
  }

  private async uploadUrl(size: number, { name, description }: PublishOptions): Promise<Upload> {
    try {
      const created = {
        method: 'POST' as const,
        path: '/api/plugins',
        body: { name, description, size },
        idempotencyKey: newIdempotencyKey(),
      };
      return (await this.transport.request<DataOf<'pluginsCreate'>>(created)).data.upload;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const next = {
        method: 'POST' as const,
        path: pathOf`/api/plugins/${name}/uploads`,
        body: { size },
        idempotencyKey: newIdempotencyKey(),
      };
      return (await this.transport.request<DataOf<'pluginsUploadsCreate'>>(next)).data.upload;
    }
  }
}
