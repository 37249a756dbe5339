import { creatorVerdict, quotaVerdict } from '../../../../lambdas/domain/executions/firing';

const noon = new Date('2026-01-15T12:00:30.000Z');

describe('whether a schedule firing may start its run', () => {
  it('stops the schedule when its creator is no longer a member', () => {
    expect(creatorVerdict(null, 'owner')).toEqual({ fire: false, stop: true, reason: 'creator_removed' });
  });

  it('stops the schedule when its creator may no longer manage the agent', () => {
    expect(creatorVerdict('member', 'use')).toEqual({ fire: false, stop: true, reason: 'creator_lost_access' });
    expect(creatorVerdict('member', null)).toEqual({ fire: false, stop: true, reason: 'creator_lost_access' });
  });

  it('fires for workspace admins and for members who administer the agent', () => {
    expect(creatorVerdict('admin', null)).toEqual({ fire: true });
    expect(creatorVerdict('member', 'admin')).toEqual({ fire: true });
  });

  it("stops the schedule once the firing is over the tier's daily quota, as an API call would be refused", () => {
    expect(quotaVerdict('free', { day: 50, minute: 1 }, noon)).toEqual({ fire: true });
    expect(quotaVerdict('free', { day: 51, minute: 1 }, noon)).toEqual({ fire: false, stop: true, reason: 'daily_quota_exceeded' });
  });

  it('only skips a firing over the per-minute rate', () => {
    expect(quotaVerdict('enterprise', { day: 10_000, minute: 2_001 }, noon)).toEqual({ fire: false, stop: false, reason: 'rate_limited' });
  });
});
