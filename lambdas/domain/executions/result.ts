/** What a completed run answers (API.md: execution `result`). */
// A type, not an interface: the agent.executed event's schema checks it as an open record.
export type ExecutionResult = {
  summary: string;
  /** The model's structured answer (a JSON object, as `configuration.response_format` asks for), whole. */
  details?: Record<string, unknown>;
};

const objectIn = (text: string): Record<string, unknown> | null => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

/**
 * The final answer as the run's result. An answer that is a JSON object is structured output: it is
 * kept as `details`, and its own `summary` (when a string) is the summary, else the text itself.
 * Any other answer is the summary alone.
 */
export const resultOf = (answer: string): ExecutionResult => {
  const details = objectIn(answer.trim());
  if (!details) return { summary: answer };
  return { summary: typeof details.summary === 'string' ? details.summary : answer, details };
};
