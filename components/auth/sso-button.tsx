"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { postToNextAuth } from "./post-to-next-auth";

/**
 * Starts a single sign-on: next-auth answers with the identity provider's address, where the
 * browser goes. A link, since it leads to another site's sign-in page (and so that the password
 * form's "Đăng nhập" stays the page's only button of that name).
 */
export function SsoButton() {
  const t = useTranslations("auth");
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  function onClick(event: React.MouseEvent) {
    event.preventDefault();
    if (pending) return;
    startTransition(async () => {
      const result = await postToNextAuth("signin/oidc");
      if (result.ok && result.url) window.location.assign(result.url);
      else setFailed(true);
    });
  }
  return (
    <div>
      <a
        href="/api/auth/signin/oidc"
        onClick={onClick}
        aria-busy={pending}
        data-testid="sso-link"
        className="block w-full rounded-md border border-brand-600 px-4 py-2 text-center font-medium text-brand-700 hover:bg-brand-50"
      >
        {t("ssoButton")}
      </a>
      {failed && <p className="mt-2 text-sm text-red-700">{t("unavailable")}</p>}
    </div>
  );
}
