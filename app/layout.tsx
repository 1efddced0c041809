import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Trách nhiệm — BHXH Việt Nam", template: "%s · Trách nhiệm" },
  description: "Theo dõi trách nhiệm xử lý công việc theo từng khâu, từng người",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
