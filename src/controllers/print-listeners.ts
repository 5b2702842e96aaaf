/**
 * The window's beforeprint and afterprint, heard while the element is in the page: printed, a timeline
 * shows all of its data (the view controller) and every band (the band window), and comes back after.
 */
export class PrintListeners {
  constructor(
    private readonly before: () => void,
    private readonly after: () => void,
  ) {}

  connect(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  disconnect(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }
}
