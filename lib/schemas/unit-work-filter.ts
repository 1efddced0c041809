import { z } from "zod";
import "@/lib/schemas/zod-messages";

const optionalId = z.uuid().optional().catch(undefined);
const optionalDate = z.iso.date().optional().catch(undefined);

/** Filters of the unit work page, from the URL; a malformed value is dropped rather than failing the page. */
export const ZUnitWorkFilter = z.object({
  directive: optionalId,
  person: optionalId,
  state: z.enum(["OVERDUE", "DUE_SOON", "IN_TIME", "RETURNED"]).optional().catch(undefined),
  from: optionalDate,
  to: optionalDate,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  tpage: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TUnitWorkFilter = z.infer<typeof ZUnitWorkFilter>;
