import { type ErrorDetail, Unprocessable } from '../errors';

/** 422 INVALID_BUNDLE with every problem found, each naming the file or manifest field it is about. */
export const invalidBundle = (problems: ErrorDetail[]) => {
  const more = problems.length - 1;
  const others = more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : '';
  return new Unprocessable(
    'INVALID_BUNDLE',
    `the bundle is not a valid plugin: ${problems[0]?.issue ?? 'unknown problem'}${others}`,
    problems,
  );
};
