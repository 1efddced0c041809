"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { postToNextAuth } from "./post-to-next-auth";

export function SignOutButton() {
  const t = useTranslations("auth");
  const router = useRouter();
  // No server-side redirect: next-auth would build it from NEXTAUTH_URL, which a demo install
  // does not set, so we navigate ourselves once the session cookie is gone.
  async function onClick() {
    await postToNextAuth("signout");
    router.replace("/login");
    router.refresh();
  }
  return (
    <button
      type="button"
      onClick={onClick}
      className="rounded-md border border-white/40 px-3 py-1 text-sm hover:bg-white/10"
    >
      {t("signOut")}
    </button>
  );
}
