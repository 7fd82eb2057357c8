export function render(): string;
export function sourcesOf(value: unknown): Set<string>;
