/**
 * How a caller steers the `local` provider, so every branch of the flow can be exercised offline:
 * `parameters.local` in the execute body, or markers in the task text for curl users —
 * `[[tool:files.write {"path":"a.txt","content":"hi"}]]`, `[[fail]]`, `[[fail:why]]`,
 * `[[throttle:2]]`, `[[slow:5000]]`, `[[answer:text]]`, `[[confidence:0.4]]`.
 */

export interface SteeredToolCall {
  name: string;
  input: Record<string, unknown>;
}

export interface LocalSteering {
  /** Called one per turn, in order; then the model answers. */
  tools: SteeredToolCall[];
  answer: string | null;
  confidence: number | null;
  /** Fail every turn with this message. */
  fail: string | null;
  /** Throttle this many attempts of each turn, then answer. */
  throttle: number;
  /** Take this long over each turn. */
  delay_ms: number;
  /** Bill this many dollars for each turn (`parameters.local.cost_usd`), so spend budgets are testable offline. */
  cost_usd: number | null;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const toolCallsOf = (value: unknown): SteeredToolCall[] => {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list
    .filter(isObject)
    .flatMap((t) => (typeof t.name === 'string' ? [{ name: t.name, input: isObject(t.input) ? t.input : {} }] : []));
};

const numberOr = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

const confidenceOf = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : null;

/**
 * Neither the argument nor the JSON input may run past the next `[[`: each marker's scan stops where the next one
 * starts, so a task of many unterminated markers costs time linear in its length.
 */
const MARKER = /\[\[(tool|fail|throttle|slow|answer|confidence)(?::([^\s\][]+))?(?:\s+(\{(?:(?!\[\[).)*?\}))?\]\]/g;

const parseJson = (text: string | undefined): Record<string, unknown> => {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : {};
  } catch {
    return {};
  }
};

const fromMarkers = (task: string): Partial<LocalSteering> & { tools: SteeredToolCall[] } => {
  const steering: Partial<LocalSteering> & { tools: SteeredToolCall[] } = { tools: [] };
  for (const [, kind, arg, json] of task.matchAll(MARKER)) {
    if (kind === 'tool' && arg) steering.tools.push({ name: arg, input: parseJson(json) });
    if (kind === 'fail') steering.fail = arg ?? 'the local model was told to fail';
    if (kind === 'throttle') steering.throttle = Number(arg ?? 1) || 1;
    if (kind === 'slow') steering.delay_ms = Number(arg ?? 1000) || 0;
    if (kind === 'answer' && arg) steering.answer = arg.replace(/_/g, ' ');
    if (kind === 'confidence' && arg) steering.confidence = Number(arg);
  }
  return steering;
};

/** The steering of one execution: `parameters.local` first, task markers filling what it leaves out. */
export const localSteering = (parameters: Record<string, unknown>, task: string): LocalSteering => {
  const given = isObject(parameters.local) ? parameters.local : {};
  const markers = fromMarkers(task);
  const tools = toolCallsOf(given.tools ?? given.tool);
  return {
    tools: tools.length > 0 ? tools : markers.tools,
    answer: typeof given.answer === 'string' ? given.answer : (markers.answer ?? null),
    confidence: confidenceOf(typeof given.confidence === 'number' ? given.confidence : markers.confidence),
    fail: typeof given.fail === 'string' ? given.fail : given.fail === true ? 'the local model was told to fail' : (markers.fail ?? null),
    throttle: Math.max(0, Math.floor(numberOr(given.throttle, markers.throttle ?? 0))),
    delay_ms: Math.max(0, numberOr(given.delay_ms, markers.delay_ms ?? 0)),
    cost_usd: typeof given.cost_usd === 'number' && Number.isFinite(given.cost_usd) ? Math.max(0, given.cost_usd) : null,
  };
};

/** The task with its markers removed, as the model's answer quotes it. */
export const withoutMarkers = (task: string): string => task.replace(MARKER, '').replace(/\s+/g, ' ').trim();
