/** Builds a request path, escaping each parameter. */
export const pathOf = (strings: TemplateStringsArray, ...values: string[]): string =>
  strings.reduce((path, part, i) => path + part + (i < values.length ? encodeURIComponent(values[i] as string) : ''), '');
