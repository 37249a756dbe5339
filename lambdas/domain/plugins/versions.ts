import eq from 'semver/functions/eq';
import gt from 'semver/functions/gt';
import { Conflict } from '../errors';
import { invalidBundle } from './invalid-bundle';

/** Versions of a plugin only go up: the same version again is a conflict, a lower one an invalid bundle. */
export const assertNewerVersion = (version: string, latest: string | null): void => {
  if (latest === null || gt(version, latest)) return;
  if (eq(version, latest)) {
    throw new Conflict('VERSION_EXISTS', `version ${version} of this plugin is already registered; raise the version in plugin.json`, [
      { field: 'plugin.json:version', issue: 'exists', version },
    ]);
  }
  throw invalidBundle([
    { field: 'plugin.json:version', issue: `version ${version} is lower than the latest version ${latest}; versions must increase` },
  ]);
};
