import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/domain/format/format-date";
import { AnswerConsultationForm, MarkVagueForm } from "./consultation-actions";

export type TConsultationView = {
  id: string;
  question: string;
  answer: string | null;
  position: string | null;
  responseDeadline: Date;
  answeredAt: Date | null;
  isVague: boolean;
  vagueReason: string | null;
  requester: { name: string };
  targetUser: { name: string } | null;
  targetUnit: { name: string } | null;
  answeredBy: { name: string } | null;
  canAnswer: boolean;
  canMarkVague: boolean;
  isOverdue: boolean;
};

export function ConsultationItem({ c }: { c: TConsultationView }) {
  const t = useTranslations("taskPage");
  const te = useTranslations("enums");
  const late = c.answeredAt && c.answeredAt > c.responseDeadline;
  const b = (chunks: React.ReactNode) => <span className="font-medium">{chunks}</span>;
  return (
    <li id={`consultation-${c.id}`} className="scroll-mt-20" data-testid="consultation">
      <p>
        {t.rich("consultationAsked", {
          b,
          requester: c.requester.name,
          target: c.targetUser?.name ?? c.targetUnit?.name ?? "",
          question: c.question,
          deadline: formatDate(c.responseDeadline),
        })}
      </p>
      {c.answeredAt ? (
        <p className="text-slate-700">
          {t("consultationAnswered", { name: c.answeredBy?.name ?? "", date: formatDate(c.answeredAt) })}
          {late && <span className="font-medium text-red-700">{t("consultationLate")}</span>}
          {c.position && <> · {te(`consultationPosition.${c.position as "AGREE"}`)}</>}: “{c.answer}”
        </p>
      ) : (
        <p className={c.isOverdue ? "font-medium text-red-700" : "text-slate-600"}>
          {c.isOverdue ? t("consultationUnansweredOverdue") : t("consultationUnanswered")}
        </p>
      )}
      {c.isVague && (
        <p className="font-medium text-orange-800">{t("consultationVague", { reason: c.vagueReason ?? "" })}</p>
      )}
      {c.canAnswer && <AnswerConsultationForm consultationId={c.id} />}
      {c.canMarkVague && <MarkVagueForm consultationId={c.id} />}
    </li>
  );
}
