import { msg, type TMessage, type TMessageValue } from "../../i18n/message";
import type { TSignalContext } from "./build-signal-context";
import { describeStep } from "./describe-step";
import type { TSignalConsultation, TSignalStep, TSignalTask } from "./signal-input";

export type TConsultationFacts = {
  step: TSignalStep;
  task: TSignalTask;
  /** 'xin ý kiến của Nguyễn Thị Lan về khâu «…» (nhiệm vụ «…»)' */
  about: TMessage;
  /** Who was asked: the person, else the unit, by name. */
  addressee: TMessageValue;
  /** The consulted person, or for a consultation addressed to a unit, who answered for it. */
  subjectUserId: string | null;
  /** The subject's unit, else the target unit, else the step's unit. */
  unitId: string;
  evidenceEventIds: string[];
};

/** What the three consultation detectors share about one consultation. */
export function describeConsultation(c: TSignalConsultation, ctx: TSignalContext): TConsultationFacts {
  const step = ctx.stepOf(c.stepId);
  const task = ctx.taskOf(step.taskId);
  const subjectUserId = c.targetUserId ?? c.answeredById;
  return {
    step,
    task,
    about: msg("domain.signals.consultationAbout", {
      requester: ctx.userName(c.requesterId),
      step: describeStep(step, task),
    }),
    addressee: c.targetUserId ? ctx.userName(c.targetUserId) : ctx.unitName(c.targetUnitId),
    subjectUserId,
    unitId: ctx.userOf(subjectUserId)?.unitId ?? c.targetUnitId ?? step.unitId,
    evidenceEventIds: ctx.eventsOfConsultation(c.id).map((e) => e.id),
  };
}

/** ' (thay mặt Vụ Tài chính)' after the person who answered for a unit, else nothing. */
export function onBehalfOf(c: TSignalConsultation, facts: TConsultationFacts): TMessageValue {
  return c.targetUserId == null ? msg("domain.signals.onBehalf", { unit: facts.addressee }) : "";
}
