/**
 * Assigning plugins to an agent (API.md: `PUT /api/agents/{agent}/plugins`): the list replaces the
 * assignments; duplicates are dropped keeping the first occurrence; priority is the position.
 */

export const withoutDuplicates = (ids: readonly string[]): string[] => [...new Set(ids)];

export const assignmentChanges = (before: readonly string[], after: readonly string[]) => ({
  added: after.filter((id) => !before.includes(id)),
  removed: before.filter((id) => !after.includes(id)),
});
