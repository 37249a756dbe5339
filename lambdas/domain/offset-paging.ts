import { InvalidInput } from './errors';

/**
 * `page=` reads every earlier item again, so a list that can grow large serves offset pages only
 * up to this many items and points further readers to `cursor`, which costs the same on any page.
 */
export const MAX_OFFSET_ITEMS = 1000;

export const assertOffsetWithinReach = (page: number, limit: number): void => {
  if (page * limit > MAX_OFFSET_ITEMS) {
    throw new InvalidInput(`page reaches past item ${MAX_OFFSET_ITEMS}; page on with cursor (next_cursor of the previous page) instead`, [
      { field: 'page', issue: `page × limit at most ${MAX_OFFSET_ITEMS}; use cursor` },
    ]);
  }
};
