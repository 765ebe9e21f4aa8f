// Placeholder until the Review view lands.
export function ReviewView() {
  return <p>Review</p>;
}
