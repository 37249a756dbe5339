import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npx tsx scripts/synth-diff.ts <before cdk.out> <after cdk.out>`: what a deploy of `after` over
 * `before` would remove or replace, from the synthesized templates alone. A resource is gone when its
 * logical id is, and replaced when its type or a property CloudFormation replaces it for changes
 * (names, key schemas). Added resources are listed; the exit code is 1 when anything is removed or
 * replaced, so a refactoring that must not touch deployed resources can be checked before it lands.
 * An API Gateway deployment is named by a digest of the route table and is new whenever the API
 * changes (a redeploy of the stage, nothing lost): it is listed apart and does not fail the check.
 */

interface Resource {
  Type: string;
  Properties?: Record<string, unknown>;
}

/** Properties whose change makes CloudFormation replace the resource (the ones this stack sets). */
const REPLACING: Readonly<Record<string, readonly string[]>> = {
  'AWS::DynamoDB::Table': ['TableName', 'KeySchema'],
  'AWS::Lambda::Function': ['FunctionName'],
  'AWS::S3::Bucket': ['BucketName'],
  'AWS::IAM::Role': ['RoleName', 'Path'],
  'AWS::StepFunctions::StateMachine': ['StateMachineName', 'StateMachineType'],
  'AWS::Events::EventBus': ['Name'],
  'AWS::SQS::Queue': ['QueueName', 'FifoQueue'],
  'AWS::ApiGateway::RestApi': ['Name'],
  'AWS::KMS::Key': ['KeySpec'],
};

const templates = (dir: string): Map<string, Record<string, Resource>> =>
  new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.template.json'))
      .map((f) => [f, (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { Resources?: Record<string, Resource> }).Resources ?? {}]),
  );

const [beforeDir, afterDir] = process.argv.slice(2);
if (!beforeDir || !afterDir) {
  console.error('usage: npx tsx scripts/synth-diff.ts <before cdk.out> <after cdk.out>');
  process.exit(2);
}
const before = templates(beforeDir);
const after = templates(afterDir);
const isDeployment = (resource: Resource) => resource.Type === 'AWS::ApiGateway::Deployment';
const redeployed: string[] = [];
const removed: string[] = [];
const replaced: string[] = [];
const added: string[] = [];
for (const [file, resources] of before) {
  const next = after.get(file);
  if (!next) {
    removed.push(`${file} (the whole template)`);
    continue;
  }
  for (const [id, resource] of Object.entries(resources)) {
    const now = next[id];
    if (!now && isDeployment(resource)) redeployed.push(`${file} ${id}`);
    else if (!now) removed.push(`${file} ${id} (${resource.Type})`);
    else if (now.Type !== resource.Type) replaced.push(`${file} ${id}: ${resource.Type} → ${now.Type}`);
    else {
      for (const property of REPLACING[resource.Type] ?? []) {
        if (JSON.stringify(resource.Properties?.[property]) !== JSON.stringify(now.Properties?.[property])) {
          replaced.push(`${file} ${id} (${resource.Type}): ${property} changed`);
        }
      }
    }
  }
  for (const [id, resource] of Object.entries(next)) {
    if (!resources[id] && !isDeployment(resource)) added.push(`${file} ${id} (${resource.Type})`);
  }
}
for (const file of after.keys()) if (!before.has(file)) added.push(`${file} (a new template)`);
const count = [...before.values()].reduce((n, r) => n + Object.keys(r).length, 0);
console.log(`${before.size} templates, ${count} resources before`);
for (const [label, rows] of [
  ['removed', removed],
  ['replaced', replaced],
  ['added', added],
  ['API deployments renewed (the API changed)', redeployed],
] as const) {
  console.log(`${label}: ${rows.length}`);
  for (const row of rows) console.log(`  ${row}`);
}
process.exit(removed.length + replaced.length > 0 ? 1 : 0);
