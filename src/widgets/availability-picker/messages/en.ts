/** Strings of the AvailabilityPicker. */
export const en = {
  'picker.title': 'Pick a time',
  'picker.previousMonth': 'Previous month',
  'picker.nextMonth': 'Next month',
  'picker.dayAvailable': '{date}, times available',
  'picker.dayUnavailable': '{date}, no times',
  'picker.slotsFor': 'Times on {date}',
  'picker.pickDay': 'Choose a day to see its times.',
  'picker.noSlotsDay': 'No free times on this day.',
  'picker.noSlotsMonth': 'No free times this month. Try the next month.',
} as const;

export type PickerMessageKey = keyof typeof en;
