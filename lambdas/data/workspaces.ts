import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Agent } from '../domain/agents/model';
import { type Member, membershipStanding, type OwnedPlaceMove, type Role, type Workspace } from '../domain/workspaces';
import { Conflict, Forbidden } from '../domain/errors';
import { workspaceNotFound } from '../shared/principal';
import { batchGetItems, getPair } from './batch';
import { agentItem } from './agents';
import { agentValueWrites } from './agent-values';
import { memberIndexKeys, memberKey, ownedWorkspacesKey, slugLockKey, workspaceKey, workspacePartition } from './keys';
import { type ItemRead, storedItem, withoutKeys } from './item';
import { type ListPage, type ListRequest, listPage } from './list';
import { transact, type TransactItem, updateIf, versionedUpdate } from './operations';
import { patternQuery, patternScope, patterns } from './patterns';
import { ddb, tableName } from './table';

/** Workspaces and their members. Every multi-item change is one transaction. */

const strip = <T>(item: Record<string, unknown> | undefined): T | null => (item ? withoutKeys<T>(item) : null);

export const lastOwner = () => new Conflict('LAST_OWNER', 'a workspace needs at least one owner; make another member an owner first');

const memberItem = (m: Member) => ({
  ...memberKey(m.workspace_id, m.email),
  ...memberIndexKeys(m.workspace_id, m.email, m.joined_at),
  ...m,
});

const ownedLimitReached = (max: number, owned: number) =>
  new Forbidden(`a user may own at most ${max} workspaces they created; leave or hand over one first`, 'QUOTA_EXCEEDED', [
    { field: 'workspaces', issue: 'too many', owned, allowed: max },
  ]);

/** The creator's owned-workspace counter: growth is refused at `max`; shrinking never fails. */
const ownedCountChange = (userId: string, delta: 1 | -1, max?: number): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: ownedWorkspacesKey(userId),
    UpdateExpression: 'ADD owned :delta',
    ...(max !== undefined
      ? { ConditionExpression: 'attribute_not_exists(owned) OR owned < :max', ExpressionAttributeValues: { ':delta': delta, ':max': max } }
      : { ExpressionAttributeValues: { ':delta': delta } }),
  },
  ...(max !== undefined ? { onConditionFail: (old) => ownedLimitReached(max, Number(old?.owned ?? max)) } : {}),
});

/**
 * The workspace, its owner, system agent, the creator's place under `maxOwned` and
 * `also` (its event), all or nothing (403 QUOTA_EXCEEDED at the limit).
 */
export const createWorkspace = async (
  workspace: Workspace,
  owner: Member,
  agent: Agent,
  maxOwned: number,
  also: readonly TransactItem[],
): Promise<void> => {
  await transact([
    ownedCountChange(workspace.created_by, 1, maxOwned),
    {
      Put: { TableName: tableName, Item: { ...workspaceKey(workspace.id), ...workspace }, ConditionExpression: 'attribute_not_exists(PK)' },
    },
    { Put: { TableName: tableName, Item: memberItem(owner) } },
    {
      Put: {
        TableName: tableName,
        Item: agentItem(agent),
      },
    },
    { Put: { TableName: tableName, Item: { ...slugLockKey(workspace.id, agent.slug), agent_id: agent.id } } },
    ...agentValueWrites(null, agent),
    ...also,
  ]);
};

export const getWorkspace = async (id: string): Promise<Workspace | null> =>
  strip<Workspace>((await ddb.send(new GetCommand({ TableName: tableName, Key: workspaceKey(id) }))).Item);

export const workspaceRead = (id: string): ItemRead<Workspace> => storedItem<Workspace>(workspaceKey(id));

/**
 * A workspace and one item of it in one BatchGetItem, for the routes that change that item. The item
 * is the workspace's own or global (a plugin): a key in another workspace's partition is a defect.
 */
export const getWorkspaceWith = async <T>(id: string, read: ItemRead<T>): Promise<{ workspace: Workspace | null; item: T | null }> => {
  if (read.key.PK.startsWith(workspacePartition('')) && read.key.PK !== workspacePartition(id)) {
    throw new Error(`an item of another workspace was to be read beside workspace ${id}`);
  }
  const [workspace, item] = await getPair(workspaceRead(id), read);
  return { workspace, item };
};

export const memberRead = (workspaceId: string, email: string): ItemRead<Member> => storedItem<Member>(memberKey(workspaceId, email));

export const getWorkspaces = async (ids: string[]): Promise<Workspace[]> => {
  if (ids.length === 0) return [];
  const items = await batchGetItems(ids.map((id) => ({ ...workspaceKey(id) })));
  return items.map((item) => strip<Workspace>(item) as Workspace);
};

export const getMember = async (workspaceId: string, email: string): Promise<Member | null> =>
  strip<Member>((await ddb.send(new GetCommand({ TableName: tableName, Key: memberKey(workspaceId, email) }))).Item);

const members = (page: ListPage<Record<string, unknown>>): ListPage<Member> => ({
  ...page,
  items: page.items.map((i) => strip<Member>(i) as Member),
});

export interface MemberIdentity {
  email: string;
  user_id: string;
}

const UNCLAIMED_OR_HELD = 'attribute_not_exists(user_id) OR attribute_type(user_id, :nullType) OR user_id = :user';

/**
 * The caller's memberships, earliest first (API.md: the default workspace is the earliest). Memberships another
 * account holds under the same email are filtered out by the query, so neither the page nor `total` counts them.
 */
export const membershipsOf = async (identity: MemberIdentity, request: ListRequest): Promise<ListPage<Member>> =>
  members(
    await listPage(
      {
        ...patternScope(patterns.membershipsOf, { email: identity.email }),
        filter: { expression: UNCLAIMED_OR_HELD, values: { ':nullType': 'NULL', ':user': identity.user_id } },
      },
      request,
    ),
  );

/** Binds an unclaimed membership to `userId` (conditionally: the first user wins); null when another user holds it. */
const claimMembership = async (member: Member, userId: string): Promise<Member | null> => {
  const standing = membershipStanding(member, userId);
  if (standing !== 'unclaimed') return standing === 'held' ? member : null;
  const claimed = await updateIf({
    Key: memberKey(member.workspace_id, member.email),
    UpdateExpression: 'SET user_id = :user',
    ConditionExpression: `attribute_exists(PK) AND (${UNCLAIMED_OR_HELD})`,
    ExpressionAttributeValues: { ':user': userId, ':nullType': 'NULL' },
  });
  return claimed ? { ...member, user_id: userId } : null;
};

/** The caller's membership of one workspace, claimed on first use; null when absent or held by another user. */
export const membershipOf = async (workspaceId: string, caller: MemberIdentity): Promise<Member | null> => {
  const member = await getMember(workspaceId, caller.email);
  return member ? claimMembership(member, caller.user_id) : null;
};

/** The caller's earliest membership they hold or may claim (API.md: the default workspace is the earliest). */
export const earliestMembership = async (caller: MemberIdentity): Promise<Member | null> => {
  const result = await ddb.send(
    new QueryCommand(
      patternQuery(
        patterns.membershipsOf,
        { email: caller.email },
        { FilterExpression: UNCLAIMED_OR_HELD, ExpressionAttributeValues: { ':user': caller.user_id, ':nullType': 'NULL' } },
      ),
    ),
  );
  const member = strip<Member>(result.Items?.[0]);
  return member ? claimMembership(member, caller.user_id) : null;
};

export const listMembers = async (workspaceId: string, request: ListRequest): Promise<ListPage<Member>> =>
  members(await listPage(patternScope(patterns.membersOf, { ws: workspaceId }), request));

export const addMember = async (member: Member, also: readonly TransactItem[]): Promise<void> => {
  await transact([
    {
      Put: { TableName: tableName, Item: memberItem(member), ConditionExpression: 'attribute_not_exists(PK)' },
      onConditionFail: () => new Conflict('ALREADY_MEMBER', `${member.email} is already a member of this workspace`),
    },
    ...(member.role === 'owner' ? [ownerCountChange(member.workspace_id, 1)] : []),
    ...also,
  ]);
};

const ownerCountChange = (workspaceId: string, delta: 1 | -1): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: workspaceKey(workspaceId),
    UpdateExpression: 'ADD owner_count :delta',
    ...(delta < 0
      ? { ConditionExpression: 'owner_count > :one', ExpressionAttributeValues: { ':delta': delta, ':one': 1 } }
      : { ExpressionAttributeValues: { ':delta': delta } }),
  },
  onConditionFail: lastOwner,
});

const memberChanged = (email: string) =>
  new Conflict('CONCURRENT_MODIFICATION', `${email}'s membership changed while this request ran; fetch it again and retry`);

/**
 * The owner counter moves in the same transaction, so the last owner can never be demoted or removed, even concurrently;
 * so does the creator's owned-workspace counter when their place is released or taken (domain ownedPlaceMove).
 */
export const changeMemberRole = async (workspaceId: string, email: string, from: Role, to: Role, move: OwnedPlaceMove): Promise<void> => {
  if (from === to) return;
  await transact([
    {
      Update: {
        TableName: tableName,
        Key: memberKey(workspaceId, email),
        UpdateExpression: 'SET #role = :to, counted_as_owned = :counted',
        ConditionExpression: '#role = :from',
        ExpressionAttributeNames: { '#role': 'role' },
        ExpressionAttributeValues: { ':to': to, ':from': from, ':counted': move.counted },
      },
      onConditionFail: () => memberChanged(email),
    },
    ...(from === 'owner' ? [ownerCountChange(workspaceId, -1)] : []),
    ...(to === 'owner' ? [ownerCountChange(workspaceId, 1)] : []),
    ...(move.releases ? [ownedCountChange(move.releases, -1)] : []),
    ...(move.takes ? [ownedCountChange(move.takes, 1)] : []),
  ]);
};

/** `releases`: the user whose owned-workspace place the membership held (domain ownedPlaceReleased). */
export const removeMember = async (workspaceId: string, email: string, role: Role, releases: string | null): Promise<void> => {
  await transact([
    {
      Delete: {
        TableName: tableName,
        Key: memberKey(workspaceId, email),
        ConditionExpression: '#role = :role',
        ExpressionAttributeNames: { '#role': 'role' },
        ExpressionAttributeValues: { ':role': role },
      },
      onConditionFail: () => memberChanged(email),
    },
    ...(role === 'owner' ? [ownerCountChange(workspaceId, -1)] : []),
    ...(releases ? [ownedCountChange(releases, -1)] : []),
  ]);
};

/** Applies `changes` to `before` while it is still at its version, `also` (its events) in the same transaction. */
export const updateWorkspace = async (
  before: Workspace,
  changes: Partial<Workspace>,
  also: readonly TransactItem[],
): Promise<Workspace> => {
  await transact([versionedUpdate(workspaceKey(before.id), before.version, changes, () => workspaceNotFound(before.id)), ...also]);
  return { ...before, ...changes, version: before.version + 1 };
};
