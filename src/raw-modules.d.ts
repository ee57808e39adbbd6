// YAML pack editions are embedded as text at build time (tsup plugin) and in tests (Vite's ?raw).
declare module '*?raw' {
  const text: string;
  export default text;
}
