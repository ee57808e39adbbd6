// Vite's import.meta.glob, used by test loops to find case files (Vite is vitest's, not ours).
interface ImportMeta {
  glob<T>(pattern: string, options: { eager: true }): Record<string, T>;
}
