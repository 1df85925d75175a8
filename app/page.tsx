export default function HomePage() {
  return <main>errdoc</main>;
}
