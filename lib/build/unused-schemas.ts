import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/**
 * A domain's route lines and zod schemas live in one module, and a handler imports the module for
 * its own line. esbuild cannot tell that `z.object(…)` or `route({…})` has no side effect, so every
 * bundle used to build every schema of its domain at load (zod was the largest single cost of a cold
 * start after the SDK). Marking each top-level constant of `lambdas/http/` pure (`/* @__PURE__ *\/`
 * around its initializer) lets esbuild drop the ones a handler never reaches; the ones it reaches are
 * built as before, in the same order. Nothing in those modules is built for its side effects: they
 * declare routes, schemas and views; a read of the environment is left alone. Columns after an
 * insertion on an initializer's first line are off by its length in stack traces; lines are exact.
 */
export const unusedSchemasDropped: Plugin = {
  name: 'unused-schemas-dropped',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[/\\]lambdas[/\\]http[/\\].*\.ts$/ }, (args) => ({
      contents: withPureConstants(readFileSync(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};

/** Initializers that run code; a literal or a function is already dropped when unused. */
const runsCode = (node: ts.Expression): boolean =>
  !ts.isArrowFunction(node) && !ts.isFunctionExpression(node) && !ts.isLiteralExpression(node) && !ts.isIdentifier(node);

/** A read of the environment stays as written even when unused: a missing variable must still fail the load. */
const readsEnvironment = (text: string): boolean => /\b(requiredEnv|optionalEnv)\(|process\.env/.test(text);

export const withPureConstants = (source: string, fileName: string): string => {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const insertions: { at: number; text: string }[] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (!init || !runsCode(init) || readsEnvironment(init.getText(file))) continue;
      insertions.push({ at: init.getStart(file), text: '/* @__PURE__ */ (() => (' }, { at: init.getEnd(), text: '))()' });
    }
  }
  return insertions
    .sort((a, b) => b.at - a.at)
    .reduce((text, { at, text: inserted }) => text.slice(0, at) + inserted + text.slice(at), source);
};
