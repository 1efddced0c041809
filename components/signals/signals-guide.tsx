/** How answering a signal (giải trình) works, for the person concerned. */
export function SignalsGuide() {
  return (
    <details className="mb-6 rounded-lg border border-slate-200 bg-white p-4 text-sm" open>
      <summary className="cursor-pointer font-medium">Giải trình một cảnh báo như thế nào?</summary>
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-slate-700">
        <li>Đọc nội dung cảnh báo và mở các sự kiện làm căn cứ trong lịch sử xử lý của nhiệm vụ.</li>
        <li>Nếu có nguyên nhân khách quan (chờ đơn vị khác, sự cố hệ thống, văn bản chưa đủ…), ghi rõ nguyên nhân, thời điểm và việc đã làm để khắc phục.</li>
        <li>Lãnh đạo đơn vị xem xét: nếu chấp nhận là nguyên nhân khách quan, cảnh báo vẫn được lưu nhưng không tính vào đánh giá cá nhân.</li>
        <li>Nếu giải trình không được chấp nhận, bạn có thể giải trình bổ sung.</li>
      </ol>
    </details>
  );
}
