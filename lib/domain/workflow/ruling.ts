import type { TMessage } from "../../i18n/message";

/**
 * What a workflow rule answers: yes, or no with the DomainError code and the sentence the
 * server throws as they are (`throw new DomainError(ruling.code, ruling.message)`).
 */
export type TRulingWith<TCode extends string> = { ok: true } | { ok: false; code: TCode; message: TMessage };
