/**
 * IAM policy evaluation, as much of it as the platform's session policies use
 * (lambdas/domain/files/session-policy.ts): `Allow` statements whose actions and resources are
 * IAM wildcards (`*`, `?`) and whose conditions are `StringLike`. Anything else in a policy allows
 * nothing, so an unfamiliar policy fails closed, as an implicit deny does.
 */

export interface EvaluatedStatement {
  Effect: string;
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface EvaluatedPolicy {
  Statement: EvaluatedStatement[];
}

export interface PolicyRequest {
  action: string;
  resource: string;
  /** Condition keys of the request, such as `s3:prefix` on a listing. */
  context?: Record<string, string>;
}

const list = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value]);

/** IAM's wildcard match, linear in the text: `*` any run of characters, `?` any one. */
export const matchesWildcard = (pattern: string, text: string): boolean => {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p += 1;
      t += 1;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p;
      resume = t;
      p += 1;
    } else if (star >= 0) {
      p = star + 1;
      resume += 1;
      t = resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p += 1;
  return p === pattern.length;
};

const conditionsHold = (condition: EvaluatedStatement['Condition'], context: Record<string, string>): boolean =>
  Object.entries(condition ?? {}).every(
    ([operator, keys]) =>
      operator === 'StringLike' &&
      Object.entries(keys).every(([key, patterns]) => {
        const value = context[key];
        return value !== undefined && list(patterns).some((pattern) => matchesWildcard(pattern, value));
      }),
  );

export const policyAllows = (policy: EvaluatedPolicy, { action, resource, context = {} }: PolicyRequest): boolean =>
  policy.Statement.some(
    (s) =>
      s.Effect === 'Allow' &&
      list(s.Action).some((a) => matchesWildcard(a.toLowerCase(), action.toLowerCase())) &&
      list(s.Resource).some((r) => matchesWildcard(r, resource)) &&
      conditionsHold(s.Condition, context),
  );
