// Placeholder until the Timeline view lands.
export function TimelineView(_: { actor: string | null }) {
  return <p>Timeline</p>;
}
