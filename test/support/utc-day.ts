/**
 * Daily quotas reset at UTC midnight in the runtime under test, which runs in another process and
 * so cannot share a frozen clock. A test that counts a day's requests calls this first: within
 * `marginMs` of midnight it waits for the new day, so every request it sends falls in one day.
 */
export const startOfQuietUtcDay = async (marginMs = 20_000): Promise<void> => {
  const now = Date.now();
  const nextMidnight = Math.ceil((now + 1) / 86_400_000) * 86_400_000;
  if (nextMidnight - now < marginMs) await new Promise((resolve) => setTimeout(resolve, nextMidnight - now + 1_000));
};
