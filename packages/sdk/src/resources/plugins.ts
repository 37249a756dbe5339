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
}

type Upload = DataOf<'pluginsCreate'>['upload'];

export class Plugins {
  constructor(private readonly transport: Transport) {}

  /** Uploads a zip or .tar.gz bundle and registers it as the plugin's next version. */
  async publish(bundle: Uint8Array, options: PublishOptions): Promise<DataOf<'pluginsVersionsRegister'>['version']> {
    const upload = await this.uploadUrl(bundle.byteLength, options);
    await this.transport.upload(upload.url, bundle, upload.headers);
    const path = pathOf`/api/plugins/${options.name}/versions`;
    const request = { method: 'POST' as const, path, body: { upload_id: upload.upload_id }, idempotencyKey: newIdempotencyKey() };
    return (await this.transport.request<DataOf<'pluginsVersionsRegister'>>(request)).data.version;
  }

  private async uploadUrl(size: number, { name, description }: PublishOptions): Promise<Upload> {
    try {
      const created = { method: 'POST' as const, path: '/api/plugins', body: { name, description, size }, idempotencyKey: newIdempotencyKey() };
      return (await this.transport.request<DataOf<'pluginsCreate'>>(created)).data.upload;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const next = { method: 'POST' as const, path: pathOf`/api/plugins/${name}/uploads`, body: { size }, idempotencyKey: newIdempotencyKey() };
      return (await this.transport.request<DataOf<'pluginsUploadsCreate'>>(next)).data.upload;
    }
  }
}
