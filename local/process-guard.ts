/**
 * One local process serves every request and every run: a promise someone forgot to handle must
 * not take all of them down (Node's default for an unhandled rejection is to exit). The reason is
 * logged so the forgotten promise can be found and fixed.
 */
export const keepServingOnUnhandledRejection = (write: (line: string) => void): (() => void) => {
  const listener = (reason: unknown) =>
    write(`unhandled rejection, still serving: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
  process.on('unhandledRejection', listener);
  return () => process.off('unhandledRejection', listener);
};
