"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZReviewManualProductAction } from "@/lib/schemas/evaluations";
import { reviewManualProduct } from "@/lib/server/evaluation/manual-products";

export const reviewManualProductAction = createAction(
  ZReviewManualProductAction,
  async (actor, { productId, ...input }, now) => {
    const saved = await reviewManualProduct(actor, productId, input, now);
    return { id: saved.id };
  },
);
