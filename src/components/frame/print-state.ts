import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether the page is being printed: paper has no clicks, so what folds on screen prints in full. */
export class PrintState implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.start);
    window.addEventListener('afterprint', this.end);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.start);
    window.removeEventListener('afterprint', this.end);
  }

  private start = () => { this.printing = true; this.host.requestUpdate(); };
  private end = () => { this.printing = false; this.host.requestUpdate(); };
}
