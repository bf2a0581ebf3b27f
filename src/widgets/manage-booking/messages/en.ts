/** Strings of ManageBooking (reschedule, cancel) and the Booker's success actions. */
export const en = {
  'manage.title': 'Your booking',
  'manage.what': 'What',
  'manage.when': 'When',
  'manage.where': 'Where',
  'manage.who': 'Booked by',
  'manage.status': 'Status',
  'manage.statusActive': 'Confirmed',
  'manage.statusCancelled': 'Cancelled',
  'manage.reschedule': 'Reschedule',
  'manage.cancel': 'Cancel booking',
  'manage.back': 'Back to the booking',
  'manage.actionsLabel': 'Change this booking',
  'manage.invalidLink':
    'This link is not valid or has expired. Please use the latest link you received, or book again.',
  'manage.alreadyCancelled': 'This booking has been cancelled. There is nothing more to change.',
  'manage.rescheduleTitle': 'Pick a new time',
  'manage.currentTime': 'Currently booked: {time}',
  'manage.confirmReschedule': 'Move to {time}',
  'manage.rescheduling': 'Moving your booking…',
  'manage.rescheduled': 'Your booking has been moved',
  'manage.cancelTitle': 'Cancel this booking?',
  'manage.reason': 'Reason (optional)',
  'manage.reasonHint': 'The host will see this.',
  'manage.policyTitle': 'Cancellation policy',
  'manage.insidePolicy':
    'This booking starts in less than {hours, plural, one {# hour} other {# hours}}: the cancellation policy applies to a cancellation now.',
  'manage.confirmCancel': 'Yes, cancel the booking',
  'manage.keep': 'Keep the booking',
  'manage.cancelling': 'Cancelling…',
  'manage.cancelled': 'Your booking has been cancelled',
  'manage.icsUpdate': 'Update your calendar (.ics)',
  'manage.icsCancel': 'Remove from your calendar (.ics)',
} as const;

export type ManageMessageKey = keyof typeof en;
