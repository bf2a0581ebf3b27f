import './manageBooking.css';
import { useBookingText } from './useBookingText';

/** The two ways to change a booking, as one named group (on the manage view and the Booker's success screen). */
export function ManageActions({
  onReschedule,
  onCancel,
}: {
  onReschedule: () => void;
  onCancel: () => void;
}) {
  const { t } = useBookingText();
  return (
    <fieldset className="convene-manage-actions">
      <legend className="convene-visually-hidden">{t('manage.actionsLabel')}</legend>
      <button type="button" className="convene-button" onClick={onReschedule}>
        {t('manage.reschedule')}
      </button>
      <button type="button" className="convene-button" data-variant="danger" onClick={onCancel}>
        {t('manage.cancel')}
      </button>
    </fieldset>
  );
}
