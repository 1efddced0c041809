import "server-only";
import { ZIdPath } from "@/lib/schemas/api/common";
import { ZApiTemporaryPassword } from "@/lib/schemas/api/password-reset";
import { adminResetPassword } from "@/lib/server/auth/admin-reset-password";
import { defineApiRoute } from "../define-api-route";

export const resetUserPasswordRoute = defineApiRoute({
  method: "POST",
  path: "/users/{id}/password-reset",
  operationId: "resetUserPassword",
  tag: "openapi.tags.usersAndUnits",
  summary: "openapi.routes.resetUserPassword.summary",
  description: "openapi.routes.resetUserPassword.description",
  params: ZIdPath,
  errors: [403, 404, 409],
  response: {
    status: 200,
    description: "openapi.routes.resetUserPassword.response",
    schema: ZApiTemporaryPassword,
  },
  run: ({ actor, params, now }) => adminResetPassword(actor, params.id, now),
});
