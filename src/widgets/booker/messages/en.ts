/** Strings of the Booker (picker + form as one flow). */
export const en = {
  'booker.host': 'with {name}',
  /** A fact's name before its value; French puts a non-breaking space before the colon. */
  'booker.fact': '{label}:',
  'booker.duration': 'Duration',
  'booker.location': 'Location',
  'booker.locationChosen': 'You choose when booking',
  'booker.continue': 'Continue with {time}',
  'booker.stepCount': 'Step {step} of {total}',
  'booker.stepPick': 'Step 1 of 2: pick a time',
  'booker.stepDetails': 'Step 2 of 2: your details',
} as const;

export type BookerMessageKey = keyof typeof en;
