/** Walks a cursor-paged collection to its end, one page at a time, for `for await`. */

export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

export async function* everyItem<T>(fetchPage: (cursor: string | undefined) => Promise<PageOf<T>>): AsyncGenerator<T> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
