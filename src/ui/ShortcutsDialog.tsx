import { useEffect, useRef } from "react";

const SHORTCUTS: [keys: string, what: string][] = [
  ["1, 2", "Show a proposal"],
  ["Tab", "Move between controls and the globe"],
  ["← → ↑ ↓", "Turn the globe (when it has the focus)"],
  ["+ −", "Zoom in and out (when the globe has the focus)"],
  ["→ PageDown Space", "Next step of a briefing"],
  ["← PageUp Shift+Space", "Previous step of a briefing"],
  ["Home End", "First and last step of a briefing"],
  ["Enter, Space", "Open or close a section of the panel"],
  ["?", "Show this list"],
  ["Esc", "Close this list"],
];

/** The keyboard shortcuts, in a modal dialog opened with "?". */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-title" onClose={onClose} onCancel={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                {keys.split(" ").map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
