/**
 * GeoJSON FeatureCollections (RFC 7946) as records: each feature is its `properties`, with its `geometry`
 * (and the feature's `id`) kept, so that a page finds them in the event's `extra`. With `title`, `time` or
 * `date` among the properties, no options are needed: a number in `time` counts milliseconds since 1970,
 * as in the USGS earthquake feeds, unless a `date-format` says otherwise.
 */
import { isObject, type RawObject } from '../guards.js';
import type { FieldMapping } from '../mapping/field-map.js';
import { valueAt } from '../mapping/field-map.js';

export function geoJsonRecords(collection: { features: unknown[] }, mappings: readonly FieldMapping[], dateFormat: boolean): unknown[] {
  const mapped = new Set(mappings.map((mapping) => mapping.target));
  return collection.features.map((feature) => {
    if (!isObject(feature)) return feature;
    const properties = isObject(feature.properties) ? feature.properties : {};
    const record: RawObject = { ...properties, geometry: feature.geometry };
    if (feature.id !== undefined && !('id' in properties)) record.id = feature.id;
    if (!mapped.has('title') && !('title' in properties)) {
      const name = valueAt(properties, 'name');
      if (name.found) record.title = name.value;
    }
    if (!mapped.has('start') && !('start' in properties)) {
      const time = valueAt(properties, 'time');
      const date = time.found ? time : valueAt(properties, 'date');
      if (date.found) record.start = !dateFormat && time.found && typeof time.value === 'number' ? new Date(time.value) : date.value;
    }
    return record;
  });
}
