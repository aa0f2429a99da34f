/** `1 case`, `2 cases`: a count with its noun (`many` for irregular plurals). */
export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
