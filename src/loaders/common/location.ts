// Builds the Location a Document.locate returns from a span and how much of the route matched,
// so every loader reports approximate (nearest-ancestor) resolutions the same way.

import type { Location, Route } from '../types.js';
import type { LineIndex } from '../../text/line-index.js';

export function toLocation(file: string, lines: LineIndex, start: number, end: number, route: Route, matched: number): Location {
  const loc: Location = { file, region: lines.region(start, end) };
  if (matched < route.length) loc.approximate = { resolved: route.slice(0, matched) };
  return loc;
}
