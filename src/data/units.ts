/**
 * The course units as data files refer to them (by number). Folder and label must match
 * docs/unit-*\/_category_.json; a test checks that, so a renamed unit cannot leave dead links.
 */
export interface Unit {
  number: number;
  folder: string;
  label: string;
}

export const UNITS: readonly Unit[] = [
  { number: 1, folder: 'unit-1-two-levers', label: 'Unit 1: Two levers' },
  { number: 2, folder: 'unit-2-usage-policies', label: 'Unit 2: Usage policies' },
  { number: 3, folder: 'unit-3-militarization', label: 'Unit 3: Militarization of AI' },
  { number: 4, folder: 'unit-4-reading-the-sources', label: 'Unit 4: Reading the sources' },
];

/** The unit with this number, or undefined. */
export const unitByNumber = (number: number): Unit | undefined =>
  UNITS.find((unit) => unit.number === number);

/** The unit's overview page (its category link). */
export const unitPath = (unit: Unit): string => `/docs/${unit.folder}/overview`;
