#!/usr/bin/env bash
# `npm run check`: the linter (`npm run lint`) and the format check (`npm run format:check`), `npm test`, then what deploys. Every environment is synthesized as `cdk deploy`
# would synthesize it — CloudFormation validation on, cdk-nag's AwsSolutions checks failing the synth
# on any unacknowledged finding — and cfn-lint reads every template, nested ones included.
# CHECK_SKIP_TESTS=1 runs the deploy checks alone (after a separate `npm test`).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cfn-lint >/dev/null 2>&1; then
  echo "npm run check needs cfn-lint, which is not installed: pip install cfn-lint" >&2
  exit 1
fi

npm run lint --silent
npm run format:check --silent

tests="tests, "
if [ "${CHECK_SKIP_TESTS:-}" = 1 ]; then tests=""; else npm test; fi

# One esbuild run; every synth below deploys these bundles (SKIP_BUNDLE=1).
npm run build --silent >/dev/null
for env in $(npx tsx -e "import { environmentNames } from './lib/config/environment-config'; console.log(environmentNames.join(' '))"); do
  out="cdk.out/check/$env"
  rm -rf "$out"
  echo "synth $env (CloudFormation validation, cdk-nag)"
  SKIP_BUNDLE=1 npx cdk synth --quiet --validation -c "env=$env" -o "$out"
  echo "cfn-lint $env: $(ls "$out"/*.template.json | wc -l) templates"
  cfn-lint -- "$out"/*.template.json
done
echo "check passed: lint, format, ${tests}synth with validation and cdk-nag, and cfn-lint, for every environment"
