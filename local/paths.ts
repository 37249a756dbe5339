import { resolve } from 'node:path';

/** The checkout's git-ignored state directory: dev signing keys live here, never in the repo. */
export const localStateDir = resolve(__dirname, '..', '.local');
