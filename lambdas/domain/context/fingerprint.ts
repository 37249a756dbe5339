import { createHash } from 'node:crypto';
import type { Agent } from '../agents/model';
import type { Persona } from '../personas';
import type { AssignedRelease } from './assemble';

/**
 * What an agent's assembled context is made of, as a fingerprint: the agent's version, its persona's
 * version, its assignment version and the version each assigned plugin runs at. Any change to one of
 * them changes the fingerprint, so a context cached under an older one is never used.
 */

/** Bumped whenever assembly changes shape, so contexts cached by older code are not reused. */
const CONTEXT_FORMAT = 1;

/** An assigned plugin and the version the workspace runs it at. */
export interface RunningVersion {
  pluginId: string;
  version: string;
}

export const contextFingerprint = (agent: Agent, persona: Persona | null, assignmentVersion: number, versions: RunningVersion[]): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        CONTEXT_FORMAT,
        agent.id,
        agent.version,
        persona ? [persona.id, persona.version] : null,
        assignmentVersion,
        versions,
      ]),
    )
    .digest('hex');

/** The running versions found among the stored releases (keyed `plugin@version`), in assignment order. */
export const assignedReleases = (
  versions: RunningVersion[],
  releases: ReadonlyMap<string, AssignedRelease['release']>,
): AssignedRelease[] =>
  versions.flatMap(({ pluginId, version }) => {
    const release = releases.get(`${pluginId}@${version}`);
    return release ? [{ plugin_id: pluginId, release }] : [];
  });
