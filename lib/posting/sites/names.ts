/**
 * How each board is spelt by its owner, in the registry's order; an id not
 * listed shows as it is. The names live in the adapters (`name`); this is
 * their copy for the sidebar, the popup and the options page, which must not
 * import the adapters' reading code (+21 KB in sidebar-ui.js when it did).
 * test/unit/sites-registry.test.ts fails when it differs from the registry
 * and prints the map to paste.
 */
export const BOARD_NAMES: Readonly<Record<string, string>> = {
  linkedin: 'LinkedIn',
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  workday: 'Workday',
  ashby: 'Ashby',
  indeed: 'Indeed',
  smartrecruiters: 'SmartRecruiters',
  icims: 'iCIMS',
  workable: 'Workable',
};

/** The boards' names for a sentence: 'LinkedIn, Greenhouse, … and Workable'. */
export function boardList(names: readonly string[] = Object.values(BOARD_NAMES)): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
