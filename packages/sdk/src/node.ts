import { AgentPlatform as PortableClient } from './client';
import type { ClientOptions } from './config';
import { zipFolder } from './node/zip';

/**
 * The package's Node entry (the `node` export condition): the same client, whose `plugins.publish`
 * also takes a directory, zipped here with node:fs and node:zlib — code the browser bundle never carries.
 */

export * from './index';

export class AgentPlatform extends PortableClient {
  constructor(options: ClientOptions = {}) {
    super(options, { zipDirectory: zipFolder });
  }
}
