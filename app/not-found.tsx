import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl p-10 text-center">
      <h1 className="text-2xl font-semibold">Không tìm thấy</h1>
      <p className="mt-2 text-slate-600" data-testid="not-found">
        Trang hoặc nhiệm vụ này không tồn tại, hoặc nằm ngoài phạm vi bạn được xem.
      </p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">Về trang đầu</Link>
    </main>
  );
}
