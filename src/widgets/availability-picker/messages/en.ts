/** Strings of the AvailabilityPicker. */
export const en = {
  'picker.title': 'Pick a time',
  'picker.previousMonth': 'Previous month',
  'picker.nextMonth': 'Next month',
  'picker.dayAvailable': '{date}, {count, plural, one {# time free} other {# times free}}',
  'picker.dayUnavailable': '{date}, no times',
  'picker.slotsFor': 'Times on {date}',
  'picker.dayAnnouncement':
    '{count, plural, =0 {No free times on {date}} one {# free time on {date}} other {# free times on {date}}}',
  'picker.pickDay': 'Choose a day to see its times.',
  'picker.noSlotsDay': 'No free times on this day.',
  'picker.noSlotsMonth': 'No free times this month.',
  'picker.jumpToNext': 'Jump to the next available day',
  'picker.noSlotsAhead': 'No free times in the coming months.',
  'picker.duration': 'Duration',
  'picker.slotZone': '({zone} time)',
  'picker.today': 'today',
} as const;

export type PickerMessageKey = keyof typeof en;
