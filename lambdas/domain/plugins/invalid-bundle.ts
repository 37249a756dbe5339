import { type ErrorDetail, Unprocessable } from '../errors';

/** 422 INVALID_BUNDLE with every problem found, each naming the file or manifest field it is about. */
export const invalidBundle = (problems: ErrorDetail[]) =>
  new Unprocessable(
    'INVALID_BUNDLE',
    `the bundle is not a valid plugin: ${problems[0]?.issue ?? 'unknown problem'}${problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : ''}`,
    problems,
  );
