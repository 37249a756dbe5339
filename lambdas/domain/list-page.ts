/**
 * A page of a list in either of API.md's styles (§1): `page`+`limit` or `cursor`+`limit`. A cursor
 * page reports `page: 1`: a cursor carries no page number.
 */

export interface ListRequest {
  limit: number;
  cursor?: string;
  page?: number;
}

export interface ListPage<T> {
  items: T[];
  page: number;
  limit: number;
  /** null: a list that cannot count itself without reading past the page (file listings, filtered or index-wide lists). */
  total: number | null;
  nextCursor: string | null;
}
