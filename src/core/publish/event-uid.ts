/**
 * A milestone's calendar event UID: "<release>.<milestone>@<host>". It must
 * never change, or every subscriber's calendar would show each event twice;
 * since ids may contain dots, the validator refuses two milestones whose
 * UIDs would be the same (see rules/duplicates.ts).
 */
export function eventUid(release: string, milestone: string, host: string): string {
  return `${eventKey(release, milestone)}@${host}`;
}

/** The part of the UID the content decides: two milestones with the same key share one event. */
export function eventKey(release: string, milestone: string): string {
  return `${release}.${milestone}`;
}
