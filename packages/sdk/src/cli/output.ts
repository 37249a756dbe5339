/** How the CLI writes: tables and colour for people on a terminal, plain text when piped, JSON on request. */

export interface Output {
  json: boolean;
  tty: boolean;
  write: (text: string) => void;
  error: (text: string) => void;
}

export const consoleOutput = (json: boolean): Output => ({
  json,
  tty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  write: (text) => process.stdout.write(text),
  error: (text) => process.stderr.write(text),
});

const codes = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const;

export const paint = (out: Output, colour: keyof typeof codes, text: string): string =>
  out.tty ? `\u001b[${codes[colour]}m${text}\u001b[0m` : text;

export const printJson = (out: Output, value: unknown): void => out.write(`${JSON.stringify(value, null, 2)}\n`);

export const printTable = (out: Output, rows: Array<Record<string, unknown>>, columns: string[]): void => {
  const cell = (value: unknown) => (value === null || value === undefined ? '' : Array.isArray(value) ? value.join(',') : String(value));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  out.write(`${paint(out, 'bold', line(columns.map((c) => c.toUpperCase())))}\n`);
  for (const row of rows) out.write(`${line(columns.map((c) => cell(row[c])))}\n`);
};

/** Record views: an object as `key  value` lines. */
export const printRecord = (out: Output, record: Record<string, unknown>, fields: string[]): void => {
  const width = Math.max(...fields.map((f) => f.length));
  for (const field of fields) {
    const value = record[field];
    const shown = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value ?? '');
    out.write(`${paint(out, 'dim', field.padEnd(width))}  ${shown}\n`);
  }
};

export const progressBar = (percent: number, width = 30): string => {
  const filled = Math.round((Math.max(0, Math.min(100, percent)) / 100) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(percent).padStart(3)}%`;
};

/**
 * One progress line: on a terminal redrawn in place (dim), so only its latest state stays visible;
 * elsewhere each state is a line of its own. `clear` wipes it so other lines can print above it.
 */
export const progressLine = (out: Output) => {
  let shown = false;
  const clear = (): void => {
    if (shown && out.tty) out.write('\r\u001b[2K');
    shown = false;
  };
  const draw = (percent: number, label: string): void => {
    clear();
    const line = `${progressBar(percent)} ${label}`;
    out.write(out.tty ? paint(out, 'dim', line) : `${line}\n`);
    shown = true;
  };
  return { clear, draw };
};
