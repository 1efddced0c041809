import type { TControlProps } from "@/components/task-form/form-field";
import { inputClass } from "@/components/task-form/form-field";

export type TUnitOption = { id: string; name: string; depth: number };

/** A unit chosen from the tree, indented by depth so the hierarchy reads in a plain select. */
export function UnitSelect({
  control,
  options,
  value,
  onChange,
  emptyLabel,
}: {
  control: TControlProps;
  options: readonly TUnitOption[];
  value: string;
  onChange: (id: string) => void;
  emptyLabel: string;
}) {
  return (
    <select {...control} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{emptyLabel}</option>
      {options.map((u) => (
        <option key={u.id} value={u.id}>
          {"\u00a0\u00a0".repeat(u.depth)}
          {u.name}
        </option>
      ))}
    </select>
  );
}
