import { z } from "zod";

/** The temporary password an administrator's reset issues, shown once (adminResetPassword). */
export const ZApiTemporaryPassword = z.object({ temporaryPassword: z.string() });
