"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * The reason the owner gave when they returned a step, for the head's ruling box. It travels
 * by context because the box sits inside the step's action panel, which only passes on what
 * every action needs.
 */
const ReturnReasonContext = createContext<string | null>(null);

export function ReturnReasonProvider({ reason, children }: { reason: string | null; children: ReactNode }) {
  return <ReturnReasonContext.Provider value={reason}>{children}</ReturnReasonContext.Provider>;
}

export function useReturnReason(): string | null {
  return useContext(ReturnReasonContext);
}
