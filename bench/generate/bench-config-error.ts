/** A refused setting (database name, scale): shown as is, without a stack. */
export class BenchConfigError extends Error {}
