import type { SimplyMeetEventTypeDto } from './eventType';

/** One entry of the proxy's projection of `GET /panel/api/event-type` (already the site's own types). */
export type SimplyMeetListedEventTypeDto = Pick<
  SimplyMeetEventTypeDto,
  'id' | 'name' | 'duration' | 'durationType' | 'eventTypeDurations' | 'locationType' | 'location'
> & { description?: string | null; color?: string };

/** An event type as a list shows it. */
export interface EventTypeSummary {
  id: number;
  name: string;
  /** Minutes; several for a flexible event type. */
  durations: number[];
  location: { type: string | undefined; text: string | undefined };
  /** The vendor's EventTypeDTO has none today; shown when a vendor version adds it. */
  description: string | undefined;
}

export function toEventTypeSummary(dto: SimplyMeetListedEventTypeDto): EventTypeSummary {
  const flexible = dto.durationType === 'flexible' && (dto.eventTypeDurations?.length ?? 0) > 0;
  return {
    id: dto.id,
    name: dto.name,
    durations: flexible ? (dto.eventTypeDurations ?? []).map((d) => d.duration) : [dto.duration],
    location: { type: dto.locationType, text: dto.location ?? undefined },
    description: dto.description?.trim() || undefined,
  };
}

/** The list, narrowed to `only` when the host names event types (`event-types="1,2"`), in the host's order. */
export function toEventTypeSummaries(
  dtos: readonly SimplyMeetListedEventTypeDto[],
  only?: readonly number[],
): EventTypeSummary[] {
  const all = dtos.map(toEventTypeSummary);
  if (!only || only.length === 0) return all;
  return only.flatMap((id) => all.filter((eventType) => eventType.id === id));
}
