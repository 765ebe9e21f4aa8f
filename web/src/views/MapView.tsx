// Placeholder until the Map view lands.
export function MapView(_: { actor: string | null }) {
  return <p>Map</p>;
}
