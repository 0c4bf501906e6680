/** How each board is spelt by its owner; an id not listed shows as it is. */
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
