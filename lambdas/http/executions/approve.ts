import { httpHandler } from '../../shared/http';
import { decide } from './decide';
import { approveExecution } from './routes';

export const handler = httpHandler(approveExecution, ({ params, body, principal }) => decide(principal, params, body, 'approved'));
