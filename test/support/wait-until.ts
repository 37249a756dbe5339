/** Reads until `done` holds or the deadline passes, then answers the last value read (the test's assertion says what was wrong). */
export const waitUntil = async <T>(read: () => Promise<T>, done: (value: T) => boolean, deadlineMs = 20_000): Promise<T> => {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
