"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZManualProductAction } from "@/lib/schemas/evaluations";
import { addManualProduct } from "@/lib/server/evaluation/manual-products";

export const addManualProductAction = createAction(
  ZManualProductAction,
  async (actor, { userId, periodKey, ...input }, now) => {
    const saved = await addManualProduct(actor, userId, periodKey, input, now);
    return { id: saved.id };
  },
);
