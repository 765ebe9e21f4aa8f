// Stage "places": the offline gazetteer and the places of a document, geocoded.
export type { DocPlace, GazetteerPlace, GazetteerSettings, PlaceKind } from './types.ts';
export { geonamesFile, loadGazetteer, loadGazetteerSettings, type Gazetteer } from './gazetteer.ts';
export { kmBetween, type Point } from './distance.ts';
export { findPlaces, placeCountriesOf, type PlaceContext } from './find-places.ts';
