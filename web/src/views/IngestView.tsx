// Placeholder until the Ingest view lands.
export function IngestView() {
  return <p>Ingest</p>;
}
