import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

// Prisma's native schema engine is downloaded at first use, which fails without internet.
// The same engine compiled to WebAssembly ships in an npm package: we instantiate it by hand
// because Node cannot `import` a .wasm file the way the package's entry point expects.
const require = createRequire(import.meta.url);

type TBindings = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: typeof SchemaEngine;
};

// Process-wide, not per module instance: the bindings module is one native ES module that holds
// the WebAssembly instance in a module variable, so a second instantiation (from another copy of
// this file, as test runners load one per project) would swap the memory under a running engine.
// Engines also run one at a time in a process: two global setups applying migrations at once
// corrupted each other's strings.
const shared = globalThis as unknown as {
  __trachSchemaEngine?: { bindings?: Promise<TBindings>; queue: Promise<unknown> };
};
const engineState = (shared.__trachSchemaEngine ??= { queue: Promise.resolve() });

/** Runs `use` when no other schema engine of this process is running. */
export function withSchemaEngineExclusive<T>(use: () => Promise<T>): Promise<T> {
  const run = engineState.queue.then(use);
  engineState.queue = run.catch(() => undefined);
  return run;
}

async function loadBindings(): Promise<TBindings> {
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bindings = (await import(pathToFileURL(path.join(pkgDir, "schema_engine_bg.js")).href)) as TBindings &
    Record<string, unknown>;
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

export async function loadSchemaEngine(
  schemaPath: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  engineState.bindings ??= loadBindings();
  const { SchemaEngine: Engine } = await engineState.bindings;
  const schema = await readFile(schemaPath, "utf8");
  const log = (message: string) => {
    if (process.env.SCHEMA_ENGINE_DEBUG) console.error("[schema-engine]", message);
  };
  return Engine.new({ datamodels: [[schemaPath, schema]] }, log, bindMigrationAwareSqlAdapterFactory(adapterFactory));
}
