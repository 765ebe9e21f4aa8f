// Placeholder until the Reader view lands.
export function ReaderView(_: { documentId: number | null }) {
  return <p>Reader</p>;
}
