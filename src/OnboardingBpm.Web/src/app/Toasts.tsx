export interface Toast {
  id: number;
  text: string;
}

export function Toasts({ toasts, onDismiss }: { toasts: Toast[]; onDismiss: (id: number) => void }) {
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <button key={toast.id} type="button" className="toast" role="status" onClick={() => { onDismiss(toast.id); }}>
          {toast.text}
        </button>
      ))}
    </div>
  );
}
