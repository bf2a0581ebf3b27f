/** Strings of EventTypeList (the scheduler: a site's event types, then the Booker). */
export const en = {
  'scheduler.title': 'Choose a meeting',
  'scheduler.empty': 'There is nothing to book here at the moment.',
  'scheduler.back': 'All meetings',
} as const;

export type SchedulerMessageKey = keyof typeof en;
