import { apiHandler } from "@/lib/server/api/api-handler";
import { listUsersRoute } from "@/lib/server/api/routes/list-users";

export const dynamic = "force-dynamic";

export const GET = apiHandler(listUsersRoute);
