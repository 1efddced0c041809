"use server";

import { createAction } from "@/lib/actions/create-action";
import { ZCreateTask } from "@/lib/schemas/task";
import { createTask } from "@/lib/server/tasks-create/create-task";

export const createTaskAction = createAction(ZCreateTask, (actor, input, now) => createTask(actor, input, now));
