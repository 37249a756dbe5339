import type { PluginVersion } from '../plugins/model';
import { CHARS_PER_TOKEN } from '../tokens';

/**
 * How a plugin reads in an agent's context. Tier 1 is one compact paragraph per plugin (what it
 * is, its skills, commands and tools; at most ~200 tokens), always present. Tier 2 is the full text
 * of its skill and command documents, which a token budget may leave out.
 */

const TIER1_MAX_TOKENS = 200;
const TIER1_MAX_CHARS = TIER1_MAX_TOKENS * CHARS_PER_TOKEN;

const listOf = (label: string, items: string[]) => (items.length > 0 ? `${label}: ${items.join('; ')}.` : '');

const summaryLines = (v: Pick<PluginVersion, 'manifest'>, withDescriptions: boolean): string => {
  const m = v.manifest;
  const described = (name: string, description: string) => (withDescriptions ? `${name} (${description})` : name);
  return [
    `${m.name} ${m.version}: ${m.description}`,
    listOf(
      'Skills',
      m.skills.map((s) => described(s.name, s.description)),
    ),
    listOf(
      'Commands',
      m.commands.map((c) => described(`/${c.name}`, c.description)),
    ),
    listOf(
      'Tools',
      m.tools.map((t) => `${t.name} [${t.risk}]`),
    ),
  ]
    .filter(Boolean)
    .join('\n');
};

/** With every description when it fits, names only when it does not, cut at the limit as a last resort. */
export const tier1Summary = (v: Pick<PluginVersion, 'manifest'>): string => {
  const full = summaryLines(v, true);
  if (full.length <= TIER1_MAX_CHARS) return full;
  const short = summaryLines(v, false);
  return short.length <= TIER1_MAX_CHARS ? short : `${short.slice(0, TIER1_MAX_CHARS - 1)}…`;
};

/** Every skill, then every command, in manifest order, each under its own heading. */
export const tier2Document = (v: Pick<PluginVersion, 'manifest' | 'docs'>): string => {
  const m = v.manifest;
  const sections = [
    ...m.skills.map((s) => `## Skill: ${s.name}\n\n${(v.docs.skills[s.name] ?? '').trim()}`),
    ...m.commands.map((c) => `## Command: /${c.name}\n\n${(v.docs.commands[c.name] ?? '').trim()}`),
  ];
  return [`# Plugin ${m.name} ${m.version}`, ...sections].join('\n\n');
};
