import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeCursor, encodeCursor, nextKeysetCursor } from "./cursor";

const ZKey = z.object({ i: z.number() });
const keyOf = (last: { id: number }) => ({ i: last.id });

describe("the keyset cursor", () => {
  it.each([
    ["null when no item follows", { items: [{ id: 1 }, { id: 2 }], hasMore: false }, null],
    ["null after an empty page", { items: [], hasMore: false }, null],
    ["the last key when items follow", { items: [{ id: 1 }, { id: 2 }], hasMore: true }, encodeCursor({ i: 2 })],
  ])("gives %s", (_label, page, expected) => {
    expect(nextKeysetCursor(page, keyOf)).toBe(expected);
  });

  it("carries the last item's key back to the list, and refuses one of another shape", () => {
    expect(decodeCursor(ZKey, nextKeysetCursor({ items: [{ id: 7 }], hasMore: true }, keyOf)!)).toEqual({ i: 7 });
    expect(decodeCursor(ZKey, undefined)).toBeNull();
    expect(() => decodeCursor(ZKey, encodeCursor({ p: 2 }))).toThrow();
  });
});
