"use client";

export default function AppError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h1 className="text-lg font-semibold text-red-900">Không tải được trang này</h1>
      <p className="mt-1 text-red-800">Đã có lỗi phía máy chủ. Thử lại; nếu vẫn lỗi, báo cho quản trị hệ thống.</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-red-700 px-4 py-2 text-white">Thử lại</button>
    </div>
  );
}
