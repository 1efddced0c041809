import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { SignalItem } from "./signal-item";
import type { TSignalView } from "./signal-types";

export function SignalList({
  items,
  showSubject,
  empty,
}: {
  items: TSignalView[];
  showSubject: boolean;
  empty: React.ReactNode;
}) {
  if (items.length === 0) return <>{empty}</>;
  return (
    <ul className="space-y-3" data-testid="signal-list">
      {items.map((s) => (
        <SignalItem key={s.id} s={s} showSubject={showSubject} />
      ))}
    </ul>
  );
}

export function NoSignals({ filtered, forHead }: { filtered: boolean; forHead: boolean }) {
  const t = useTranslations("signals.empty");
  if (filtered) return <EmptyState title={t("filteredTitle")}>{t("filteredHint")}</EmptyState>;
  return forHead ? (
    <EmptyState title={t("unitTitle")} />
  ) : (
    <EmptyState title={t("mineTitle")}>{t("mineHint")}</EmptyState>
  );
}
