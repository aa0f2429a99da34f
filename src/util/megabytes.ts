/** `12.3 MB`: a byte count for progress lines, one decimal. */
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
