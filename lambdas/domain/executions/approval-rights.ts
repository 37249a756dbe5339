import { Forbidden } from '../errors';

/**
 * Who may answer a held step (API.md "Governance"): a person, never an API key, so a key that can
 * run an agent can never also wave its own steps through. With the workspace's `four_eyes_approval`
 * on, the approver must also be someone other than whoever asked for the run. Rejecting only stops
 * a run, so the requester may still reject their own step.
 */

export interface Decider {
  auth_type: 'jwt' | 'api_key';
  user_id: string;
  email: string;
}

export const assertPersonDecides = (decider: Decider): void => {
  if (decider.auth_type !== 'jwt') {
    throw new Forbidden(
      'API keys never approve or reject held steps; a person with manage rights on the agent decides, signed in with a bearer token',
    );
  }
};

/**
 * `requesters`: the identities behind the run — the user or key that started it and, for a key,
 * the person who created the key; null when they can no longer be told (the key was revoked).
 */
export const assertSecondPerson = (decider: Decider, requesters: readonly string[] | null): void => {
  if (requesters === null) {
    throw new Forbidden(
      'this workspace requires four-eyes approval and the API key that started the run no longer exists, ' +
        'so who asked cannot be told; reject the step or cancel the run',
    );
  }
  if (requesters.some((r) => r === decider.user_id || r === decider.email)) {
    throw new Forbidden(
      'this workspace requires four-eyes approval: someone other than the person who started the run must approve it',
      'FORBIDDEN',
      [{ field: 'four_eyes_approval', issue: 'approver is the requester' }],
    );
  }
};
