import { EmptyState } from "@/components/ui/empty-state";
import { RevokeApiTokenButton } from "./revoke-api-token-button";

export type TApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  status: "active" | "expired" | "revoked";
};

const STATUS_LABEL: Record<TApiTokenRow["status"], string> = { active: "Đang hiệu lực", expired: "Đã hết hạn", revoked: "Đã thu hồi" };

/** The person's tokens (dates already formatted by the page), with a revoke button on the active ones. */
export function ApiTokenTable({ tokens }: { tokens: TApiTokenRow[] }) {
  if (tokens.length === 0) return <EmptyState title="Bạn chưa có mã truy cập nào.">Tạo mã để các hệ thống khác (e-office, báo cáo tự động) gọi API thay bạn.</EmptyState>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="api-token-table">
        <thead className="bg-slate-50 text-left">
          <tr>
            <th className="px-3 py-2 font-medium">Tên</th>
            <th className="px-3 py-2 font-medium">Mã (đầu)</th>
            <th className="px-3 py-2 font-medium">Tạo lúc</th>
            <th className="px-3 py-2 font-medium">Hết hạn</th>
            <th className="px-3 py-2 font-medium">Dùng lần cuối</th>
            <th className="px-3 py-2 font-medium">Tình trạng</th>
            <th className="px-3 py-2"><span className="sr-only">Thao tác</span></th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id} className="border-t border-slate-100">
              <td className="px-3 py-2">{t.name}</td>
              <td className="px-3 py-2 font-mono">{t.prefix}…</td>
              <td className="px-3 py-2">{t.createdAt}</td>
              <td className="px-3 py-2">{t.expiresAt}</td>
              <td className="px-3 py-2">{t.lastUsedAt ?? "Chưa dùng"}</td>
              <td className={`px-3 py-2 ${t.status === "active" ? "text-green-800" : "text-slate-500"}`}>{STATUS_LABEL[t.status]}</td>
              <td className="px-3 py-2 text-right">{t.status === "active" && <RevokeApiTokenButton tokenId={t.id} name={t.name} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
