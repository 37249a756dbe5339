import { pathOf } from '../paths';
import type { Transport } from '../transport';
import type { BodyOf, DataOf } from '../types';
import type { Workspaces } from './workspaces';
import type { UpdateOptions } from './agents';

type ExamSet = DataOf<'workspacesExamSetsGet'>['exam_set'];
type Level = ExamSet['level'];

/**
 * A workspace's exam sets, one per target level: the tasks a graduation to that level sits.
 * Reading needs `read`; replacing and removing, a workspace owner or admin. `ifMatch` takes the set's `version`.
 */
export class ExamSets {
  constructor(
    private readonly transport: Transport,
    private readonly workspaces: Workspaces,
  ) {}

  private async path(level?: Level, workspace?: string): Promise<string> {
    const ws = await this.workspaces.resolve(workspace);
    return level === undefined ? pathOf`/api/workspaces/${ws}/exam-sets` : pathOf`/api/workspaces/${ws}/exam-sets/${level}`;
  }

  /** The levels the workspace has a set for, lowest first, without their tasks. */
  async list(workspace?: string): Promise<DataOf<'workspacesExamSetsList'>['exam_sets']> {
    return (await this.transport.request<DataOf<'workspacesExamSetsList'>>({ method: 'GET', path: await this.path(undefined, workspace) }))
      .data.exam_sets;
  }

  /** The set of `level`; a NotFoundError (EXAM_SET_NOT_FOUND) when there is none. */
  async get(level: Level, workspace?: string): Promise<ExamSet> {
    return (await this.transport.request<DataOf<'workspacesExamSetsGet'>>({ method: 'GET', path: await this.path(level, workspace) })).data
      .exam_set;
  }

  /** Creates or replaces the whole set; with `ifMatch`, only the set at that version (a ConflictError otherwise). */
  async put(level: Level, body: BodyOf<'workspacesExamSetsPut'>, options: UpdateOptions & { workspace?: string } = {}): Promise<ExamSet> {
    const request = { method: 'PUT' as const, path: await this.path(level, options.workspace), body, ifMatch: options.ifMatch };
    return (await this.transport.request<DataOf<'workspacesExamSetsPut'>>(request)).data.exam_set;
  }

  /** Removes the set: graduations to `level` then sample the agent's successful runs. */
  async delete(level: Level, options: UpdateOptions & { workspace?: string } = {}): Promise<void> {
    await this.transport.request({ method: 'DELETE', path: await this.path(level, options.workspace), ifMatch: options.ifMatch });
  }
}
