/**
 * The designer's keyboard commands, registered once with their label and key test (after
 * Excalidraw's `register({ name, label, keyTest, perform })`): the keydown handler and the
 * buttons' titles read the same table, so a shortcut and its description cannot drift apart.
 */
import type { MessageCode } from '../../core/i18n/catalogue';
import type { DesignerAction, DesignerState } from './designer';

export interface ShortcutKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

export type CommandName = 'undo' | 'redo' | 'moveUp' | 'moveDown' | 'delete';

export interface DesignerCommand {
  readonly name: CommandName;
  /** What the command does, as a button's title says it. */
  readonly label: MessageCode;
  /** "Ctrl+Z": shown in titles and tooltips (key names, the same in every language). */
  readonly keys: string;
  readonly keyTest: (e: ShortcutKey) => boolean;
  /** The action to dispatch, or null when the command does not apply now. */
  readonly perform: (state: DesignerState) => DesignerAction | null;
}

const mod = (e: ShortcutKey): boolean => e.ctrlKey || e.metaKey;

export const DESIGNER_COMMANDS: readonly DesignerCommand[] = [
  {
    name: 'undo',
    label: 'designer.command.undo',
    keys: 'Ctrl+Z',
    keyTest: (e) => mod(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z',
    perform: (s) => (s.past.length > 0 ? { type: 'undo' } : null),
  },
  {
    name: 'redo',
    label: 'designer.command.redo',
    keys: 'Ctrl+Shift+Z',
    keyTest: (e) => mod(e) && !e.altKey && ((e.shiftKey && e.key.toLowerCase() === 'z') || (!e.shiftKey && e.key.toLowerCase() === 'y')),
    perform: (s) => (s.future.length > 0 ? { type: 'redo' } : null),
  },
  {
    name: 'moveUp',
    label: 'designer.command.moveUp',
    keys: 'Alt+↑',
    keyTest: (e) => e.altKey && !mod(e) && !e.shiftKey && e.key === 'ArrowUp',
    perform: (s) => (s.selected !== null && s.selected > 0 ? { type: 'layer-moved', from: s.selected, to: s.selected - 1 } : null),
  },
  {
    name: 'moveDown',
    label: 'designer.command.moveDown',
    keys: 'Alt+↓',
    keyTest: (e) => e.altKey && !mod(e) && !e.shiftKey && e.key === 'ArrowDown',
    perform: (s) =>
      s.selected !== null && s.selected < s.draft.layers.length - 1 ? { type: 'layer-moved', from: s.selected, to: s.selected + 1 } : null,
  },
  {
    name: 'delete',
    label: 'designer.command.delete',
    keys: 'Delete',
    keyTest: (e) => e.key === 'Delete' && !mod(e) && !e.altKey && !e.shiftKey,
    perform: (s) => (s.selected !== null ? { type: 'layer-removed', index: s.selected } : null),
  },
];

export function command(name: CommandName): DesignerCommand {
  const found = DESIGNER_COMMANDS.find((c) => c.name === name);
  if (!found) throw new Error(`unknown designer command ${name}`);
  return found;
}

/**
 * The action a key press asks for, or null. Callers do not ask while focus is in a text field
 * or a select, whose own Ctrl+Z, Delete and Alt+↓ (open the list) must keep working.
 */
export function shortcutAction(e: ShortcutKey, state: DesignerState): DesignerAction | null {
  const found = DESIGNER_COMMANDS.find((c) => c.keyTest(e));
  return found ? found.perform(state) : null;
}
