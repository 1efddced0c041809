import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/ui/message-page";

/** What a page answers, with HTTP 403, when the person may see the thing but not do what the page is for. */
export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return <MessagePage title={t("title")} body={t("body")} home={t("home")} testId="forbidden" />;
}
