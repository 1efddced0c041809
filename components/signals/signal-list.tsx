import { EmptyState } from "@/components/ui/empty-state";
import { SignalItem } from "./signal-item";
import type { TSignalView } from "./signal-types";

export function SignalList({ items, showSubject, empty }: { items: TSignalView[]; showSubject: boolean; empty: React.ReactNode }) {
  if (items.length === 0) return <>{empty}</>;
  return (
    <ul className="space-y-3" data-testid="signal-list">
      {items.map((s) => <SignalItem key={s.id} s={s} showSubject={showSubject} />)}
    </ul>
  );
}

export function NoSignals({ filtered, forHead }: { filtered: boolean; forHead: boolean }) {
  if (filtered) return <EmptyState title="Không có cảnh báo nào khớp bộ lọc.">Thử bỏ bớt điều kiện lọc.</EmptyState>;
  return forHead
    ? <EmptyState title="Đơn vị không có cảnh báo nào đang chờ xử lý." />
    : <EmptyState title="Bạn không có cảnh báo nào cần giải trình.">Hãy tiếp tục giữ đúng hạn và cập nhật tiến độ thường xuyên.</EmptyState>;
}
