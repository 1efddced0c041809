import { msg } from "@/lib/i18n/message";
import { check, firstRows, required, result, word, type TRowError, type TRowResult } from "./import-rows";

export type { TRowError, TRowFate, TRowResult } from "./import-rows";
export { countFates } from "./import-rows";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";
import { ZEmployeeCode, ZPersonEmail, ZPersonName, ZTitle } from "@/lib/schemas/people-admin";
import { ZShortName, ZUnitCode, ZUnitName } from "@/lib/schemas/unit-admin";
import type { TPositionName as TPosition, TRoleName as TRole } from "@/lib/schemas/people-roles";
import type { TUnitLevel } from "@/lib/schemas/unit-levels";
import type { TPersonImportRow, TUnitImportRow } from "@/lib/schemas/imports";

// What importing a sheet of units and a sheet of people would do, decided row by row before
// anything is written: the dry run shows it, and the apply re-decides it inside its
// transaction and writes exactly this. Units match by unit code, people by employee code (or,
// for an account made before codes were kept, by e-mail), so importing a file twice changes
// nothing the second time.

export type TExistingUnit = {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  level: TUnitLevel;
  parentId: string | null;
  path: string;
  closedAt: Date | null;
};
export type TExistingPerson = {
  id: string;
  employeeCode: string | null;
  email: string;
  name: string;
  title: string | null;
  position: TPosition;
  roles: TRole[];
  unitId: string;
  isActive: boolean;
  openSteps: number;
};
/** Each enum's accepted words: its codes and its labels in every language, as normalizeSearchText writes them. */
export type TImportVocabulary = {
  level: ReadonlyMap<string, TUnitLevel>;
  position: ReadonlyMap<string, TPosition>;
  role: ReadonlyMap<string, TRole>;
};

export type TUnitFields = { code: string; name: string; shortName: string | null; level: TUnitLevel };
export type TPersonFields = {
  employeeCode: string;
  name: string;
  email: string;
  title: string | null;
  position: TPosition;
  roles: TRole[];
};

/** What the apply writes, in an order that works: parents before children. */
export type TPeopleImportWrites = {
  newUnits: Array<TUnitFields & { row: number; parentCode: string }>;
  changedUnits: Array<TUnitFields & { row: number; id: string; parentCode: string; moved: boolean }>;
  newPeople: Array<TPersonFields & { row: number; unitCode: string }>;
  changedPeople: Array<TPersonFields & { row: number; id: string; unitCode: string }>;
};

export type TPeopleImportPlan = {
  units: TRowResult[];
  people: TRowResult[];
  errorCount: number;
  writes: TPeopleImportWrites;
};

/**
 * Roles separated by semicolons or lines; commas too, unless the comma is inside a role's label
 * ("Công chức, viên chức" is one role).
 */
function rolesOf(value: string, words: ReadonlyMap<string, TRole>, errors: TRowError[]): TRole[] | undefined {
  const roles: TRole[] = [];
  for (const part of value
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const whole = words.get(normalizeSearchText(part));
    const found = whole ? [whole] : part.split(",").map((p) => words.get(normalizeSearchText(p)));
    const unknown = found.findIndex((r) => r === undefined);
    if (unknown >= 0) {
      errors.push({
        field: "roles",
        message: msg("imports.error.unknownWord", { value: whole ? part : part.split(",")[unknown].trim() }),
      });
      return undefined;
    }
    for (const role of found as TRole[]) if (!roles.includes(role)) roles.push(role);
  }
  return roles;
}

const sameRoles = (a: readonly TRole[], b: readonly TRole[]) => a.length === b.length && a.every((r) => b.includes(r));

/**
 * Decides every row's fate. Pure: the caller reads `units` (all of them, open and closed) and
 * `people` (those whose employee code or e-mail the file names) and writes `writes` if
 * `errorCount` is 0.
 */
export function planPeopleImport(input: {
  unitRows: readonly TUnitImportRow[];
  personRows: readonly TPersonImportRow[];
  units: readonly TExistingUnit[];
  people: readonly TExistingPerson[];
  vocabulary: TImportVocabulary;
  /** Cells the file reader could not read as data, by sheet and row: they start the row's errors. */
  cellErrors?: { units: ReadonlyMap<number, TRowError[]>; people: ReadonlyMap<number, TRowError[]> };
}): TPeopleImportPlan {
  const { vocabulary } = input;
  const unitByCode = new Map(input.units.map((u) => [u.code, u]));
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  const writes: TPeopleImportWrites = { newUnits: [], changedUnits: [], newPeople: [], changedPeople: [] };

  // Units: each row's own fields first, then its parent, then the tree it would make.
  const firstUnitRow = firstRows(input.unitRows, (r) => r.code.trim());
  const unitErrors = new Map<number, TRowError[]>();
  const parsedUnits = new Map<string, TUnitFields & { row: number; parentCode: string }>();
  for (const r of input.unitRows) {
    const errors: TRowError[] = [...(input.cellErrors?.units.get(r.row) ?? [])];
    unitErrors.set(r.row, errors);
    const code = required(r.code, "code", errors) ? check(ZUnitCode, r.code, "code", errors) : undefined;
    const name = required(r.name, "name", errors) ? check(ZUnitName, r.name, "name", errors) : undefined;
    const shortName = check(ZShortName, r.shortName, "shortName", errors);
    const level = required(r.level, "level", errors) ? word(r.level, vocabulary.level, "level", errors) : undefined;
    const parentCode = r.parentCode.trim();
    if (code && firstUnitRow.get(code) !== r.row) {
      errors.push({
        field: "code",
        message: msg("imports.error.duplicateCode", { code, row: firstUnitRow.get(code)! }),
      });
    }
    const existing = code ? unitByCode.get(code) : undefined;
    if (!parentCode && existing?.parentId !== null) required(parentCode, "parentCode", errors);
    if (parentCode && parentCode === code) {
      errors.push({ field: "parentCode", message: msg("imports.error.ownParent", { code }) });
    }
    if (code && name && level && shortName !== undefined && errors.length === 0) {
      parsedUnits.set(code, { row: r.row, code, name, shortName: shortName || null, level, parentCode });
    }
  }

  // The tree once the file is applied: the file's parents over the database's.
  const parentOf = new Map<string, string | null>();
  for (const u of input.units) parentOf.set(u.code, u.parentId ? (unitById.get(u.parentId)?.code ?? null) : null);
  for (const u of parsedUnits.values()) if (u.parentCode) parentOf.set(u.code, u.parentCode);
  const known = (code: string) => parsedUnits.has(code) || unitByCode.has(code);

  const inCycle = new Map<string, string[]>();
  for (const u of parsedUnits.values()) {
    const seen: string[] = [u.code];
    let at = parentOf.get(u.code) ?? null;
    while (at !== null && !seen.includes(at) && seen.length <= parentOf.size) {
      seen.push(at);
      at = parentOf.get(at) ?? null;
    }
    if (at !== null && seen.includes(at)) inCycle.set(u.code, [...seen.slice(seen.indexOf(at)), at]);
  }

  for (const r of input.unitRows) {
    const errors = unitErrors.get(r.row)!;
    const parsed = errors.length === 0 ? parsedUnits.get(r.code.trim()) : undefined;
    if (!parsed) continue;
    const existing = unitByCode.get(parsed.code);
    const parent = parsed.parentCode ? unitByCode.get(parsed.parentCode) : undefined;
    const parentRow = parsed.parentCode ? input.unitRows.find((x) => x.code.trim() === parsed.parentCode) : undefined;
    if (parsed.parentCode && !known(parsed.parentCode)) {
      errors.push({
        field: "parentCode",
        message: parentRow
          ? msg("imports.error.parentRowInvalid", { code: parsed.parentCode, row: parentRow.row })
          : msg("imports.error.unknownParent", { code: parsed.parentCode }),
      });
    } else if (parent?.closedAt) {
      errors.push({ field: "parentCode", message: msg("imports.error.parentClosed", { code: parsed.parentCode }) });
    }
    const cycle = inCycle.get(parsed.code);
    if (cycle) errors.push({ field: "parentCode", message: msg("imports.error.cycle", { path: cycle.join(" → ") }) });
    const parentChanged = Boolean(existing && parsed.parentCode && parentOfExisting(existing) !== parsed.parentCode);
    const changed = existing
      ? [
          ...(["name", "shortName", "level"] as const).filter((f) => (existing[f] ?? null) !== (parsed[f] ?? null)),
          ...(parentChanged ? ["parentCode"] : []),
        ]
      : [];
    if (existing?.closedAt && changed.length > 0) {
      errors.push({ field: "code", message: msg("imports.error.unitClosed", { code: parsed.code }) });
    }
    if (errors.length > 0) continue;
    if (!existing) writes.newUnits.push(parsed);
    else if (changed.length > 0) writes.changedUnits.push({ ...parsed, id: existing.id, moved: parentChanged });
  }
  // A row whose parent row failed fails too: it would have nowhere to go.
  let spread = true;
  while (spread) {
    spread = false;
    for (const r of input.unitRows) {
      const errors = unitErrors.get(r.row)!;
      const parentCode = r.parentCode.trim();
      const parentRow = input.unitRows.find((x) => x.code.trim() === parentCode && x.row !== r.row);
      if (
        errors.length === 0 &&
        parentRow &&
        unitErrors.get(parentRow.row)!.length > 0 &&
        !unitByCode.has(parentCode)
      ) {
        errors.push({
          field: "parentCode",
          message: msg("imports.error.parentRowInvalid", { code: parentCode, row: parentRow.row }),
        });
        spread = true;
      }
    }
  }
  // A code whose only rows failed: a repeat of a good row does not fail the good one.
  const goodCodes = new Set(
    input.unitRows.filter((r) => unitErrors.get(r.row)!.length === 0).map((r) => r.code.trim()),
  );
  const failedUnitCodes = new Set(
    input.unitRows
      .filter((r) => unitErrors.get(r.row)!.length > 0 && !goodCodes.has(r.code.trim()))
      .map((r) => r.code.trim()),
  );
  writes.newUnits = parentsFirst(writes.newUnits.filter((u) => !failedUnitCodes.has(u.code)));
  writes.changedUnits = writes.changedUnits.filter((u) => !failedUnitCodes.has(u.code));
  const units = input.unitRows.map((r) => {
    const code = r.code.trim();
    const existing = unitByCode.get(code);
    const write = writes.changedUnits.find((u) => u.code === code);
    const changed = write ? changedUnitFields(existing!, write) : [];
    return result(r.row, code, unitErrors.get(r.row)!, !existing, changed);
  });

  function parentOfExisting(u: TExistingUnit): string | null {
    return u.parentId ? (unitById.get(u.parentId)?.code ?? null) : null;
  }

  // People.
  const byCode = new Map(input.people.filter((p) => p.employeeCode).map((p) => [p.employeeCode!, p]));
  const byEmail = new Map(input.people.map((p) => [p.email, p]));
  const firstCodeRow = firstRows(input.personRows, (r) => r.employeeCode.trim());
  const firstEmailRow = firstRows(input.personRows, (r) => r.email.trim().toLowerCase());
  const people = input.personRows.map((r) => {
    const errors: TRowError[] = [...(input.cellErrors?.people.get(r.row) ?? [])];
    const employeeCode = required(r.employeeCode, "employeeCode", errors)
      ? check(ZEmployeeCode, r.employeeCode, "employeeCode", errors)
      : undefined;
    const name = required(r.name, "name", errors) ? check(ZPersonName, r.name, "name", errors) : undefined;
    const email = required(r.email, "email", errors) ? check(ZPersonEmail, r.email, "email", errors) : undefined;
    const title = check(ZTitle, r.title, "title", errors);
    const position = required(r.position, "position", errors)
      ? word(r.position, vocabulary.position, "position", errors)
      : undefined;
    const roles = required(r.roles, "roles", errors) ? rolesOf(r.roles, vocabulary.role, errors) : undefined;
    const unitCode = r.unitCode.trim();
    if (required(unitCode, "unitCode", errors)) {
      const unit = unitByCode.get(unitCode);
      if (failedUnitCodes.has(unitCode)) {
        const row = input.unitRows.find((u) => u.code.trim() === unitCode)!.row;
        errors.push({ field: "unitCode", message: msg("imports.error.unitRowInvalid", { code: unitCode, row }) });
      } else if (!unit && !parsedUnits.has(unitCode)) {
        errors.push({ field: "unitCode", message: msg("imports.error.unknownUnit", { code: unitCode }) });
      } else if (unit?.closedAt) {
        errors.push({ field: "unitCode", message: msg("imports.error.personUnitClosed", { code: unitCode }) });
      }
    }
    if (employeeCode && firstCodeRow.get(employeeCode) !== r.row) {
      const row = firstCodeRow.get(employeeCode)!;
      errors.push({ field: "employeeCode", message: msg("imports.error.duplicateCode", { code: employeeCode, row }) });
    }
    if (email && firstEmailRow.get(email) !== r.row) {
      errors.push({
        field: "email",
        message: msg("imports.error.duplicateEmail", { email, row: firstEmailRow.get(email)! }),
      });
    }
    const byItsCode = employeeCode ? byCode.get(employeeCode) : undefined;
    const byItsEmail = email ? byEmail.get(email) : undefined;
    // An account made before codes were kept is the row's person when the e-mail matches.
    const existing = byItsCode ?? (byItsEmail && byItsEmail.employeeCode === null ? byItsEmail : undefined);
    if (email && byItsEmail && byItsEmail !== existing) {
      errors.push({
        field: "email",
        message: msg("imports.error.emailTaken", { email, code: byItsEmail.employeeCode ?? byItsEmail.name }),
      });
    }
    const key = r.employeeCode.trim();
    if (!employeeCode || !name || !email || title === undefined || !position || !roles || errors.length > 0) {
      return result(r.row, key, errors, !existing, []);
    }
    const fields: TPersonFields = { employeeCode, name, email, title: title || null, position, roles };
    if (!existing) {
      writes.newPeople.push({ ...fields, row: r.row, unitCode });
      return result(r.row, key, errors, true, []);
    }
    const unitNow = unitById.get(existing.unitId)?.code;
    const changed = [
      ...(["employeeCode", "name", "email", "title", "position"] as const).filter(
        (f) => (existing[f] ?? null) !== (fields[f] ?? null),
      ),
      ...(sameRoles(existing.roles, roles) ? [] : ["roles"]),
      ...(unitNow === unitCode ? [] : ["unitCode"]),
    ];
    if (changed.includes("unitCode") && existing.openSteps > 0) {
      errors.push({
        field: "unitCode",
        message: msg("imports.error.moveWithOpenSteps", { name: existing.name, count: existing.openSteps }),
      });
      return result(r.row, key, errors, false, []);
    }
    if (changed.length > 0) writes.changedPeople.push({ ...fields, row: r.row, id: existing.id, unitCode });
    return result(r.row, key, errors, false, changed);
  });

  const errorCount = [...units, ...people].reduce((n, r) => n + r.errors.length, 0);
  return { units, people, errorCount, writes };
}

function changedUnitFields(
  existing: TExistingUnit,
  write: { name: string; shortName: string | null; level: TUnitLevel; moved: boolean },
) {
  return [
    ...(["name", "shortName", "level"] as const).filter((f) => (existing[f] ?? null) !== (write[f] ?? null)),
    ...(write.moved ? ["parentCode"] : []),
  ];
}

/** New units ordered so that each comes after its parent when the parent is new too. */
function parentsFirst<U extends { code: string; parentCode: string }>(units: U[]): U[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const done = new Set<string>();
  const out: U[] = [];
  const visit = (u: U) => {
    if (done.has(u.code)) return;
    done.add(u.code);
    const parent = byCode.get(u.parentCode);
    if (parent) visit(parent);
    out.push(u);
  };
  units.forEach(visit);
  return out;
}
