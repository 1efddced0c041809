/** What to try when nothing matched: the reasons a search comes back empty, in the order they usually occur. */
export function SearchTips({ hasFilters }: { hasFilters: boolean }) {
  return (
    <ul className="mt-2 list-disc space-y-0.5 pl-5 text-left text-sm text-slate-500 sm:inline-block">
      <li>Gõ ít từ hơn; không cần dấu: “dun day” cũng tìm được “đùn đẩy”.</li>
      <li>Tìm theo số văn bản, chỉ cần phần đầu như “1251” hoặc “1251/BHXH”.</li>
      {hasFilters && <li>Bỏ bớt bộ lọc đơn vị hoặc người phụ trách.</li>}
      <li>Kết quả chỉ gồm nhiệm vụ trong phạm vi bạn được xem.</li>
    </ul>
  );
}
