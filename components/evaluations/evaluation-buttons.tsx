"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { RefreshingActionButton } from "@/components/ui/refreshing-action-button";
import { approveEvaluationAction } from "@/lib/actions/evaluations/approve-evaluation-action";
import { reviewManualProductAction } from "@/lib/actions/evaluations/review-manual-product-action";

const primary =
  "rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60";
const secondary = "rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-60";

/** Approves an assessed period, after a confirmation: it locks the result. */
export function ApproveEvaluationButton({ userId, periodKey }: { userId: string; periodKey: string }) {
  const t = useTranslations("evaluation");
  return (
    <RefreshingActionButton
      run={() => approveEvaluationAction({ userId, periodKey, note: "" })}
      confirm={t("approveConfirm", { period: periodKey })}
      label={t("approve")}
      pendingLabel={t("approving")}
      className={primary}
    />
  );
}

/** Confirms or refuses a product added by hand. */
export function ReviewManualProductButtons({ productId }: { productId: string }) {
  const t = useTranslations("evaluation");
  return (
    <span className="inline-flex gap-2">
      <RefreshingActionButton
        run={() => reviewManualProductAction({ productId, confirmed: true, note: "" })}
        label={t("productConfirm")}
        pendingLabel={t("saving")}
        className={secondary}
      />
      <RefreshingActionButton
        run={() => reviewManualProductAction({ productId, confirmed: false, note: "" })}
        confirm={t("productRefuseConfirm")}
        label={t("productRefuse")}
        pendingLabel={t("saving")}
        className={secondary}
      />
    </span>
  );
}
