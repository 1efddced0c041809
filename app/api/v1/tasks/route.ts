import { apiHandler } from "@/lib/server/api/api-handler";
import { createTaskRoute } from "@/lib/server/api/routes/create-task";
import { listTasksRoute } from "@/lib/server/api/routes/list-tasks";

export const dynamic = "force-dynamic";

export const GET = apiHandler(listTasksRoute);
export const POST = apiHandler(createTaskRoute);
