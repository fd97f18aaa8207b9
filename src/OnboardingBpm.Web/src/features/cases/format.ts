/** A server instant as a short UTC date and time (the server's clock is the reference, not the browser's zone). */
export function when(iso: string | null | undefined): string {
  return iso ? iso.replace('T', ' ').slice(0, 16) + ' UTC' : '—';
}
