/** DESIGN §7: what one function's `index.js` may weigh, with the AWS SDK bundled (held by the bundle test, shown by the bench). */
export const BUNDLE_BUDGET_KIB = 800;

/**
 * The two functions that compile plugin authors' JSON Schemas, with ajv in both dialects and a
 * linear regex engine (re2js) for their patterns, which no other function needs. Registration also
 * reads zip and tar.gz bundles (yauzl, tar-stream) and runs once per published plugin version; a
 * tool call checks its input against the schema (and, as every function, logs and writes metrics). With the
 * SDK bundled they pass the budget every other function stays under.
 */
export const LARGER_BUNDLE_BUDGETS_KIB: Readonly<Record<string, number>> = {
  'plugins-versions-register': 1000,
  'flow-executions-call-tool': 880,
};

export const bundleBudgetKib = (functionId: string): number => LARGER_BUNDLE_BUDGETS_KIB[functionId] ?? BUNDLE_BUDGET_KIB;
