import { httpHandler } from '../../../shared/http';
import { ok } from '../../../shared/reply';
import { trainingOf } from '../../../use-cases/training/adapt';
import { getTraining } from './routes';

export const handler = httpHandler(getTraining, async ({ params, principal }) => ok(await trainingOf(principal, params.agent)));
