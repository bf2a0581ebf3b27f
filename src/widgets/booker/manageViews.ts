// What the Booker's success screen needs to change a booking, as one chunk (see LazyManageViews.tsx).
export { BookingSuccessActions } from '../manage-booking/BookingSuccessActions';
export { ManageBooking } from '../manage-booking/ManageBooking';
