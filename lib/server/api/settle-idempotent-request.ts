import "server-only";
import { db, type Prisma } from "@/lib/server/db/prisma";

/** Stores the answer a repeated key will replay: any answer the request reached on its own (2xx or 4xx). */
export async function completeIdempotentRequest(recordId: string, status: number, body: unknown): Promise<void> {
  await db.idempotencyRecord.update({
    where: { id: recordId },
    data: { statusCode: status, responseBody: body as Prisma.InputJsonValue },
  });
}

/** Releases the key after an unexpected failure, so that the client's retry runs the request again. */
export async function abandonIdempotentRequest(recordId: string): Promise<void> {
  await db.idempotencyRecord.deleteMany({ where: { id: recordId } });
}
