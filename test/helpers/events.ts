// A typed oneEvent: resolves with the next event of that name, typed from GlobalEventHandlersEventMap.
import { oneEvent } from '@open-wc/testing';

export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return oneEvent(target, name) as unknown as Promise<GlobalEventHandlersEventMap[K]>;
}
