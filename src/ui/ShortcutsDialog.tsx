import { useEffect, useRef } from "react";
import { useI18n } from "../i18n/I18nContext";
import type { Strings } from "../i18n/strings";

/**
 * The shortcuts: the keys (separated by spaces; a key name that is a word comes from the dictionary, the others
 * are as printed on the keys) and what they do.
 */
function shortcuts(t: Strings["shortcuts"]): [keys: string, what: string][] {
  return [
    ["1, 2", t.showProposal],
    ["Tab", t.move],
    ["← → ↑ ↓", t.turn],
    ["+ −", t.zoom],
    [`→ PageDown ${t.space}`, t.nextStep],
    [`← PageUp ${t.shiftSpace}`, t.previousStep],
    ["Home End", t.firstLast],
    [`Enter, ${t.space}`, t.section],
    ["?", t.showList],
    ["Esc", t.closeList],
  ];
}

/** The keyboard shortcuts, in a modal dialog opened with "?". */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-title" onClose={onClose} onCancel={onClose}>
      <h2 id="shortcuts-title">{t.shortcuts.heading}</h2>
      <table>
        <tbody>
          {shortcuts(t.shortcuts).map(([keys, what]) => (
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
        {t.shortcuts.close}
      </button>
    </dialog>
  );
}
