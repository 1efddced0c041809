import { describe, expect, it } from "vitest";
import { msg } from "@/lib/i18n/message";
import type { TTaskStatus } from "../signals/signal-input";
import { canActOnTask } from "./can-act-on-task";

describe("canActOnTask", () => {
  it.each<[string, TTaskStatus, boolean]>([
    ["a task not yet started", "OPEN", true],
    ["a task in progress", "IN_PROGRESS", true],
    ["a completed task (the step's own rule decides)", "COMPLETED", true],
    ["a cancelled task", "CANCELLED", false],
  ])("steps of %s: %s", (_label, status, allowed) => {
    const ruling = canActOnTask({ status });
    if (allowed) expect(ruling).toEqual({ ok: true });
    else expect(ruling).toEqual({ ok: false, code: "INVALID_STATE", message: msg("errors.taskCancelled") });
  });
});
