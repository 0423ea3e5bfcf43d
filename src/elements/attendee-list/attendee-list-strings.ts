// The words <sh-attendee-list> shows, in English; replace any of them through `strings`.

export interface AttendeeListStrings {
  /** Accessible name of the list. */
  readonly label: string;
  /** Label of the filter box. */
  readonly filter: string;
  /** While verifying; `done` and `total` come formatted for the element's language. */
  readonly progress: (done: string, total: string) => string;
  /** Summary of refused tokens. */
  readonly couldNotShow: (count: string, n: number) => string;
  /** When no attendee matches the filter (or there is none). */
  readonly noAttendees: string;
}

export const englishAttendeeListStrings: AttendeeListStrings = {
  label: 'Attendees',
  filter: 'Filter attendees',
  progress: (done, total) => `Verifying ${done} of ${total}`,
  couldNotShow: (count, n) => (n === 1 ? '1 attendee could not be shown' : `${count} attendees could not be shown`),
  noAttendees: 'No attendees to show.',
};
