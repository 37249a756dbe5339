import { GetCommand } from '@aws-sdk/lib-dynamodb';
import rcompare from 'semver/functions/rcompare';
import { idPattern } from '../domain/ids';
import { summarize, type Plugin, type PluginVersion } from '../domain/plugins/model';
import { Conflict, NotFound } from '../domain/errors';
import { type ItemRead, storedItem, withoutKeys } from './item';
import { marketplaceIndexKeys, pluginKey, pluginNameKey, pluginVersionKey } from './keys';
import { type ListPage, type ListRequest, listPage } from './list';
import { queryAll, transact } from './operations';
import { patternQuery, patternScope, patterns } from './patterns';
import { batchGetItems } from './batch';
import { ddb, tableName } from './table';

/**
 * Plugins are global: one item per plugin (in the marketplace index once a version is published),
 * a lock item that keeps names unique across the platform, and one item per version holding its
 * manifest and documents. Versions are written with the plugin's `latest_version` as condition,
 * so two registrations can never both become the latest.
 */

export const pluginNotFound = (ref: string) => new NotFound(`plugin ${ref} does not exist; browse them with GET /api/plugins`, 'plugin');

const nameTaken = (name: string) => () =>
  new Conflict('NAME_TAKEN', `a plugin named "${name}" already exists; choose another name`, [{ field: 'name', issue: 'taken' }]);

const pluginItem = (plugin: Plugin) => ({
  ...pluginKey(plugin.id),
  ...(plugin.latest_version ? marketplaceIndexKeys(plugin.name) : {}),
  ...plugin,
});

export const createPlugin = async (plugin: Plugin): Promise<void> => {
  await transact([
    { Put: { TableName: tableName, Item: pluginItem(plugin), ConditionExpression: 'attribute_not_exists(PK)' } },
    {
      Put: {
        TableName: tableName,
        Item: { ...pluginNameKey(plugin.name), name: plugin.name, plugin_id: plugin.id },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
      onConditionFail: nameTaken(plugin.name),
    },
  ]);
};

export const getPlugin = async (id: string): Promise<Plugin | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: pluginKey(id) }));
  return Item ? withoutKeys<Plugin>(Item) : null;
};

const pluginIdByName = async (name: string): Promise<string | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: pluginNameKey(name) }));
  return Item ? String(Item.plugin_id) : null;
};

/** A plugin named by its id, to read beside another item; null for a name, which is looked up first. */
export const pluginReadById = (ref: string): ItemRead<Plugin> | null =>
  idPattern('plg').test(ref) ? storedItem<Plugin>(pluginKey(ref)) : null;

/** The id `{plugin}` names (in a path or a request: the id, `plg_…`, or the name); a name costs one read. */
export const pluginIdOf = async (ref: string): Promise<string | null> =>
  idPattern('plg').test(ref) ? ref : pluginIdByName(ref.toLowerCase());

/** The plugin `{plugin}` names. */
export const findPlugin = async (ref: string): Promise<Plugin | null> => {
  const id = await pluginIdOf(ref);
  return id ? getPlugin(id) : null;
};

/** Plugins by id, in one batched read; absent ids are missing from the map. */
export const getPlugins = async (ids: readonly string[]): Promise<Map<string, Plugin>> => {
  const items = await batchGetItems(ids.map(pluginKey));
  return new Map(items.map((item) => withoutKeys<Plugin>(item)).map((p) => [p.id, p]));
};

/** Plugin ids by name, in one batched read; unknown names are missing from the map. */
export const pluginIdsByName = async (names: readonly string[]): Promise<Map<string, string>> => {
  const items = await batchGetItems(names.map(pluginNameKey));
  return new Map(items.map((item) => [String(item.name), String(item.plugin_id)]));
};

/** The marketplace: published plugins by name; `q` is a name prefix. `total` is a keys-only count (documented exception). */
export const listMarketplace = async (q: string | undefined, request: ListRequest): Promise<ListPage<Plugin>> => {
  const page = await listPage<Record<string, unknown>>(patternScope(patterns.marketplace, { q: q?.toLowerCase() ?? '' }), request);
  return { ...page, items: page.items.map((item) => withoutKeys<Plugin>(item)) };
};

export const getPluginVersion = async (pluginId: string, version: string): Promise<PluginVersion | null> => {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName, Key: pluginVersionKey(pluginId, version) }));
  return Item ? withoutKeys<PluginVersion>(Item) : null;
};

/** Versions by plugin and version, in one batched read. */
export const getPluginVersions = async (wanted: readonly { pluginId: string; version: string }[]): Promise<PluginVersion[]> =>
  (await batchGetItems(wanted.map((w) => pluginVersionKey(w.pluginId, w.version)))).map((item) => withoutKeys<PluginVersion>(item));

export type VersionListing = Pick<PluginVersion, 'version' | 'created_at' | 'published_by'> & {
  description: string;
  bytes: number;
  format: string;
};

/** Every version of a plugin, newest first: only what a listing shows, never the documents. */
export const listPluginVersions = async (pluginId: string): Promise<VersionListing[]> => {
  const items = await queryAll(
    patternQuery(
      patterns.pluginVersionsOf,
      { plugin: pluginId },
      {
        ProjectionExpression: '#version, created_at, published_by, manifest.description, bundle.#bytes, bundle.#format',
        ExpressionAttributeNames: { '#version': 'version', '#bytes': 'bytes', '#format': 'format' },
      },
    ),
  );
  const versions: VersionListing[] = items.map((item) => {
    const manifest = item.manifest as { description?: string } | undefined;
    const bundle = item.bundle as { bytes?: number; format?: string } | undefined;
    return {
      version: String(item.version),
      created_at: String(item.created_at),
      published_by: String(item.published_by),
      description: manifest?.description ?? '',
      bytes: bundle?.bytes ?? 0,
      format: bundle?.format ?? 'zip',
    };
  });
  return versions.sort((a, b) => rcompare(a.version, b.version));
};

const versionExists = (version: string) => () =>
  new Conflict('VERSION_EXISTS', `version ${version} of this plugin is already registered; raise the version in plugin.json`, [
    { field: 'plugin.json:version', issue: 'exists', version },
  ]);

/**
 * Adds a version and makes it the latest, all or nothing: the version item must be new and the
 * plugin's latest must still be what the caller checked against. The first version puts the plugin
 * in the marketplace.
 */
export const registerVersion = async (plugin: Plugin, version: PluginVersion): Promise<Plugin> => {
  const updated: Plugin = {
    ...plugin,
    latest_version: version.version,
    latest: summarize(version),
    updated_at: version.created_at,
    version: plugin.version + 1,
  };
  await transact([
    {
      Put: {
        TableName: tableName,
        Item: { ...pluginVersionKey(plugin.id, version.version), ...version },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
      onConditionFail: versionExists(version.version),
    },
    {
      Put: {
        TableName: tableName,
        Item: pluginItem(updated),
        ConditionExpression: '#version = :expected',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':expected': plugin.version },
      },
      onConditionFail: () =>
        new Conflict(
          'CONCURRENT_MODIFICATION',
          `another version of ${plugin.name} was registered at the same time; check GET /api/plugins/${plugin.id} and retry`,
        ),
    },
  ]);
  return updated;
};
