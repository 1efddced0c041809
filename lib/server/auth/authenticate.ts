import "server-only";
import { db } from "@/lib/server/db/prisma";
import { verifyPassword } from "./hash-password";

export type TAuthenticatedUser = { id: string; email: string; name: string; sessionVersion: number };

// Compared against when the e-mail is unknown, so that a wrong e-mail and a wrong password
// take the same time and an attacker cannot probe which addresses exist.
const DUMMY_HASH = "$2b$10$RR8sIGbq.s72xju.vNB5ausdV6ljBsO.1LimjiiotWzS4i.5dSbH2";

export async function authenticate(email: string, password: string): Promise<TAuthenticatedUser | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, passwordHash: true, isActive: true, sessionVersion: true },
  });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.isActive || !ok) return null;
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
