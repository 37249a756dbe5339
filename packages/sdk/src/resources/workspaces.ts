import { pathOf } from '../paths';
import { newIdempotencyKey, type Transport } from '../transport';
import type { ApiKey, BodyOf, DataOf, Workspace } from '../types';

/** The caller's workspaces and their API keys. */

export class Workspaces {
  constructor(private readonly transport: Transport) {}

  async list(): Promise<Workspace[]> {
    return (await this.transport.request<DataOf<'workspacesList'>>({ method: 'GET', path: '/api/workspaces' })).data.workspaces;
  }

  async create(body: BodyOf<'workspacesCreate'>): Promise<Workspace> {
    const request = { method: 'POST' as const, path: '/api/workspaces', body, idempotencyKey: newIdempotencyKey() };
    return (await this.transport.request<DataOf<'workspacesCreate'>>(request)).data.workspace;
  }

  async get(workspace?: string): Promise<Workspace> {
    const path = pathOf`/api/workspaces/${await this.resolve(workspace)}`;
    return (await this.transport.request<DataOf<'workspacesGet'>>({ method: 'GET', path })).data.workspace;
  }

  async update(body: BodyOf<'workspacesUpdate'>, workspace?: string): Promise<Workspace> {
    const path = pathOf`/api/workspaces/${await this.resolve(workspace)}`;
    return (await this.transport.request<DataOf<'workspacesUpdate'>>({ method: 'PATCH', path, body })).data.workspace;
  }

  /** The named workspace, else the client's, else the caller's earliest. */
  async resolve(workspace?: string): Promise<string> {
    const id = workspace ?? this.transport.workspaceId ?? (await this.list())[0]?.id;
    if (!id) throw new Error('no workspace: pass one, set workspaceId or AGENT_PLATFORM_WORKSPACE, or create one');
    return id;
  }
}

export class ApiKeys {
  constructor(
    private readonly transport: Transport,
    private readonly workspaces: Workspaces,
  ) {}

  async list(workspace?: string): Promise<ApiKey[]> {
    const path = pathOf`/api/workspaces/${await this.workspaces.resolve(workspace)}/api-keys`;
    return (await this.transport.request<DataOf<'workspacesApiKeysList'>>({ method: 'GET', path })).data.api_keys;
  }

  /** The answer carries `secret`, shown this once. */
  async create(body: BodyOf<'workspacesApiKeysCreate'>, workspace?: string): Promise<DataOf<'workspacesApiKeysCreate'>['api_key']> {
    const path = pathOf`/api/workspaces/${await this.workspaces.resolve(workspace)}/api-keys`;
    const request = { method: 'POST' as const, path, body, idempotencyKey: newIdempotencyKey() };
    return (await this.transport.request<DataOf<'workspacesApiKeysCreate'>>(request)).data.api_key;
  }

  async revoke(key: string, workspace?: string): Promise<void> {
    const path = pathOf`/api/workspaces/${await this.workspaces.resolve(workspace)}/api-keys/${key}`;
    await this.transport.request({ method: 'DELETE', path });
  }
}
