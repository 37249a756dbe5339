/** About four characters per token in English text: the estimate used where a provider reports no usage. */
export const estimateTokens = (...texts: string[]): number => Math.ceil(texts.reduce((sum, t) => sum + t.length, 0) / 4);
