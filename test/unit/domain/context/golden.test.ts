import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleContext, type ContextAgent } from '../../../../lambdas/domain/context/assemble';
import { readBundle } from '../../../../lambdas/domain/plugins/bundle-reader';
import { validateRelease } from '../../../../lambdas/domain/plugins/release';
import { fixtureFiles, zip } from '../../../support/bundles';

/**
 * The assembled context of an agent with a persona and the web-research fixture plugin, compared
 * with the reviewed golden file beside the fixture. Update the golden file deliberately, when the
 * shape or wording of contexts is meant to change.
 */

const GOLDEN = join(__dirname, '..', '..', '..', 'fixtures', 'plugins', 'web-research.context.json');

const agent: ContextAgent = {
  id: 'agent_01J00000000000000000000000',
  persona_id: 'psn_01J00000000000000000000000',
  use_custom_persona: false,
  custom_persona_prompt: null,
  system_prompt: 'Answer in British English.',
  instruction_template: 'Task: {{task}}',
};
const persona = {
  id: 'psn_01J00000000000000000000000',
  name: 'Researcher',
  system_prompt: 'You are a meticulous researcher who never guesses.',
};

it('matches the golden context for an agent with a persona and the web-research plugin', async () => {
  const release = validateRelease(await readBundle(zip(fixtureFiles('web-research'))), 'web-research');
  const context = assembleContext({
    agent,
    persona,
    plugins: [{ plugin_id: 'plg_01J00000000000000000000000', release }],
    assignmentVersion: 1,
  });
  expect(context).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
});
