import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

type TPgInternals = { client: { query(sql: string): Promise<unknown> }; onError(error: unknown): never };

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";", which breaks
 * dollar-quoted bodies such as the Event table's append-only trigger. PostgreSQL's simple
 * query protocol accepts the whole script at once (and runs it atomically), which is what the
 * native schema engine does, so for migrations we send it whole.
 */
export function wholeScriptAdapter(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  if (factory.adapterName !== "@prisma/adapter-pg") return factory;
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const internals = adapter as unknown as TPgInternals;
    adapter.executeScript = async (script: string) => {
      try {
        await internals.client.query(script);
      } catch (error) {
        internals.onError(error);
      }
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  };
}
