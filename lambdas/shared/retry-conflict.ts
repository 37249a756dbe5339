import { DomainError } from '../domain/errors';

/**
 * Runs a read-then-conditional-write again when its condition lost a race (an error with `code`:
 * a 409 such as CONCURRENT_MODIFICATION, or the 412 VERSION_CONFLICT of a versioned write),
 * up to `attempts` times in all, after a short random pause: two changes that collided would collide
 * again if both retried at once. Any other error, or the last attempt's, goes to the caller.
 */
export const retryOnConflict = async <T>(code: string, attempts: number, run: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof DomainError && error.code === code) || attempt >= attempts) throw error;
      await new Promise((resume) => setTimeout(resume, 10 + Math.random() * 40 * attempt));
    }
  }
};
