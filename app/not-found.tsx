import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/ui/message-page";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return <MessagePage title={t("title")} body={t("body")} home={t("home")} testId="not-found" />;
}
