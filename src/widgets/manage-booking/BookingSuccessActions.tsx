import type { BookedEvent } from '../../client/simplymeet/scheduling';
import { ManageActions } from './ManageActions';
import type { ManageMode } from './ManageBooking';

export interface BookingSuccessActionsProps {
  booking: BookedEvent;
  onChoose: (mode: Exclude<ManageMode, 'view'>, token: string) => void;
}

/** "Reschedule" and "Cancel" under the Booker's confirmation; nothing when the answer carried no manage token. */
export function BookingSuccessActions({ booking, onChoose }: BookingSuccessActionsProps) {
  const token = booking.manage?.token;
  if (!token) return null;
  return (
    <ManageActions
      onReschedule={() => onChoose('reschedule', token)}
      onCancel={() => onChoose('cancel', token)}
    />
  );
}
