import { AgentPlatform as PortableClient } from './client';
import type { ClientOptions } from './config';
import { uploadInChunks } from './node/upload';
import { zipFolder } from './node/zip';

/**
 * The package's Node entry (the `node` export condition): the same client, whose `plugins.publish`
 * also takes a directory (zipped with node:fs and node:zlib) and reports upload progress as the bytes
 * go (node:http) — code the browser bundle never carries.
 */

export * from './index';

export class AgentPlatform extends PortableClient {
  constructor(options: ClientOptions = {}) {
    super(options, { zipDirectory: zipFolder, upload: uploadInChunks });
  }
}
