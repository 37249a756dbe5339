/** Every module logs through the one logger of ./observability. */
export { logger, type Logger } from './observability';
