import bcrypt from "bcryptjs";

// bcrypt (pure JS, no install script) at cost 10: about 60 ms on these machines, which
// keeps sign-in quick while making offline guessing expensive. No "server-only" here
// because the seed script hashes the demo passwords too.
const COST = 10;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}
