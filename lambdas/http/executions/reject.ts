import { httpHandler } from '../../shared/http';
import { decide } from './decide';
import { rejectExecution } from './routes';

export const handler = httpHandler(rejectExecution, ({ params, body, principal }) => decide(principal, params, body, 'rejected'));
