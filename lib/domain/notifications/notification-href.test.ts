import { describe, expect, it } from "vitest";
import { notificationHref, type TNotificationLinks } from "./notification-href";

const none: TNotificationLinks = { taskId: null, stepId: null, consultationId: null, signalId: null };

describe("notificationHref", () => {
  it.each<[string, Partial<TNotificationLinks>, string]>([
    ["a step: the step on its task", { taskId: "t", stepId: "s" }, "/tasks/t#step-s"],
    [
      "a consultation: the consultation on its task",
      { taskId: "t", stepId: "s", consultationId: "c" },
      "/tasks/t#consultation-c",
    ],
    ["a signal: the signal", { taskId: "t", stepId: "s", signalId: "g" }, "/signals?status=all#signal-g"],
    ["a task alone: the task", { taskId: "t" }, "/tasks/t"],
    ["nothing to open: the list", {}, "/notifications"],
  ])("%s", (_name, links, expected) => {
    expect(notificationHref({ ...none, ...links })).toBe(expected);
  });
});
