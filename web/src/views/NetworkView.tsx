// Placeholder until the Network view lands.
export function NetworkView(_: { focus: string | null }) {
  return <p>Network</p>;
}
