import { matchesPattern } from '../../../local/event-pattern';

const event = { source: 'agent-platform', 'detail-type': 'agent.created', detail: { workspace_id: 'ws_1', data: { status: 'active' } } };

describe('event patterns on the in-process bus', () => {
  it('match value lists on top-level and nested fields', () => {
    expect(matchesPattern(event, { source: ['agent-platform'], detail: { data: { status: ['active', 'paused'] } } })).toBe(true);
    expect(matchesPattern(event, { 'detail-type': ['agent.deleted'] })).toBe(false);
  });

  it('support prefix, anything-but and exists filters', () => {
    expect(matchesPattern(event, { 'detail-type': [{ prefix: 'agent.' }] })).toBe(true);
    expect(matchesPattern(event, { 'detail-type': [{ 'anything-but': ['agent.created'] }] })).toBe(false);
    expect(matchesPattern(event, { detail: { workspace_id: [{ exists: true }] } })).toBe(true);
    expect(matchesPattern(event, { detail: { missing: [{ exists: false }] } })).toBe(true);
    expect(matchesPattern(event, { detail: { missing: [{ exists: true }] } })).toBe(false);
  });
});
