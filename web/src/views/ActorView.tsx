// Placeholder until the Actor view lands.
export function ActorView(_: { actorKey: string | null }) {
  return <p>Actor</p>;
}
