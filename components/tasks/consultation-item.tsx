import { formatDate } from "@/lib/domain/format";
import { AnswerConsultationForm, MarkVagueForm } from "./consultation-actions";

const POSITION: Record<string, string> = {
  AGREE: "Thống nhất",
  AGREE_WITH_COMMENTS: "Thống nhất, có ý kiến bổ sung",
  DISAGREE: "Không thống nhất",
  NOT_IN_REMIT: "Không thuộc chức năng, nhiệm vụ",
};

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
  const late = c.answeredAt && c.answeredAt > c.responseDeadline;
  return (
    <li id={`consultation-${c.id}`} className="scroll-mt-20" data-testid="consultation">
      <p>
        <span className="font-medium">{c.requester.name}</span> xin ý kiến <span className="font-medium">{c.targetUser?.name ?? c.targetUnit?.name}</span>:
        “{c.question}” — hạn trả lời {formatDate(c.responseDeadline)}.
      </p>
      {c.answeredAt ? (
        <p className="text-slate-700">
          {c.answeredBy?.name} trả lời {formatDate(c.answeredAt)}{late && <span className="font-medium text-red-700"> (chậm)</span>}
          {c.position && <> · {POSITION[c.position]}</>}: “{c.answer}”
        </p>
      ) : (
        <p className={c.isOverdue ? "font-medium text-red-700" : "text-slate-600"}>Chưa trả lời{c.isOverdue ? ", đã quá hạn" : ""}.</p>
      )}
      {c.isVague && <p className="font-medium text-orange-800">Bị đánh dấu chung chung, né tránh: {c.vagueReason}</p>}
      {c.canAnswer && <AnswerConsultationForm consultationId={c.id} />}
      {c.canMarkVague && <MarkVagueForm consultationId={c.id} />}
    </li>
  );
}
